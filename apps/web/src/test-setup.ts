import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks the Encoding API every browser ships (livekit-client needs it); Node's is the same standard.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });
