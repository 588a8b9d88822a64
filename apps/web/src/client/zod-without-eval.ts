import { config } from 'zod';

// The page's Content-Security-Policy forbids eval. Zod probes `Function('')` to decide whether it may compile
// validators at run time; under the CSP the probe fails (zod falls back) but the browser reports a violation. Zod's
// own switch skips the probe.
config({ jitless: true });
