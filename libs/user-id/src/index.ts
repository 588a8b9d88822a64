export * from './metadata/participant-metadata.js';
