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
  EmergencyNumbers,
  HelplineService,
  HELPLINES,
  type Helplines,
  helplinesFor,
  HelplineTable,
  INTERNATIONAL_HELPLINES,
  type InternationalHelplines,
} from './helplines/helpline-table.js';
export { spokenNumber } from './helplines/spoken-number.js';
export { isCountryCode } from './country/country-code.js';
export { type ClientPlace, countryOfClient, KnownCountryCode } from './country/client-country.js';
export { detectTurnLanguage, TurnLanguage } from './language/turn-language.js';
export { type CareRequest, careMessage, type CareStage } from './care/care-message.js';
export { type GuidanceRequest, safetyGuidance } from './care/safety-guidance.js';
export { asksForHelpline } from './care/helpline-request.js';
export { safetyNoticeFor } from './notice/safety-notice.js';
export type { SecondOpinion, SecondOpinionVerdict } from './second-opinion/second-opinion.js';
export {
  compareLayers,
  type CompareOptions,
  formatLayerComparison,
  type LayerComparison,
  type LayerCount,
} from './second-opinion/layer-comparison.js';
export { LabelledTurn, readLabelledSets, readLabelledTurns } from './corpus/labelled-set.js';
export { LabelledSetError } from './corpus/labelled-set-error.js';
