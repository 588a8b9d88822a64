export { PersonalityXRay } from './xray/personality-xray.js';
