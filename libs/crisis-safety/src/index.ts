export {
  byUrgency,
  type CrisisAssessment,
  CrisisDetector,
  type CrisisDetectorOptions,
  type CrisisThresholds,
  DEFAULT_CRISIS_RULES,
  DEFAULT_CRISIS_THRESHOLDS,
} from './detector/crisis-detector.js';
export type { CrisisRule, MaskRule } from './rules/crisis-rule.js';
export { HYPERBOLE_MASKS } from './rules/hyperbole-masks.js';
export { normalizeUtterance } from './text/normalize.js';
export { CrisisClassifier, type CrisisPrediction } from './classifier/crisis-classifier.js';
export { CrisisModel } from './classifier/crisis-model-format.js';
export { shippedModel } from './classifier/shipped-model.js';
export {
  CountryHelplines,
  DEFAULT_HELPLINE_COUNTRY,
  HelplineService,
  HELPLINES,
  helplinesFor,
  INTERNATIONAL_HELPLINES,
} from './helplines/helplines.js';
export { careMessage, safetyGuidance } from './care/care-message.js';
