export { commaList, flag, milliseconds, optionalText, optionalUrl, textWithDefault } from './env/env-values.js';
export { ConfigError, readSettings } from './settings/read-settings.js';
export { LiveKitSettings, LogSettings, ModelSettings, StoreSettings } from './settings/settings.js';
export { resolveDataDir } from './workspace/data-dir.js';
