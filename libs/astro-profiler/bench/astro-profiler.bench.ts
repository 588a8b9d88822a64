import { performance } from 'node:perf_hooks';
import { RulesBackend, xrayContentJsonSchema } from '../src/index.js';
import { REFERENCE_KUNDALIS, STORED_REFERENCE_KUNDALIS } from '../src/testing/reference-kundalis.js';

/** Prints how long the offline paths take: the rules backend is what a voice session waits for on a fallback. */
function measure(label: string, iterations: number, run: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(200, iterations); i++) run(i);
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run(i);
  const ms = performance.now() - start;
  console.log(
    `${label.padEnd(44)} ${((ms * 1000) / iterations).toFixed(1).padStart(8)} µs/op  ${Math.round((iterations / ms) * 1000)} op/s`,
  );
}

const rules = new RulesBackend({ clock: () => new Date(0) });
const parsed = Object.values(REFERENCE_KUNDALIS);
const stored = Object.values(STORED_REFERENCE_KUNDALIS);
const topics = ['General', 'career', 'relationships', 'my father passed away'];

measure('rules X-Ray, parsed kundali', 5_000, (i) => rules.generateSync(parsed[i % parsed.length]));
measure('rules X-Ray, stored JSON (parse + read)', 5_000, (i) =>
  rules.generateSync(stored[i % stored.length] as never, { focusTopic: topics[i % topics.length] }),
);
measure('strict JSON Schema derivation', 1_000, () => xrayContentJsonSchema());
