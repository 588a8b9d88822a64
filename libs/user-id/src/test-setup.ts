import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks the Encoding API that every browser ships; borrow Node's identical implementation.
Object.assign(globalThis, { TextEncoder, TextDecoder });
