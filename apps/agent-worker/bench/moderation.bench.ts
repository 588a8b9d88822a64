/**
 * What a hosted moderation model adds to the crisis screen, per labelled set: the screen alone, the model alone,
 * both together (recall on explicit and implicit crisis turns, false alarms on everyday turns).
 *
 *   nx run agent-worker:moderation-bench --moderation-url=https://api.openai.com/v1 [--sets-dir=<dir>] [--timeout-ms=10000]
 *
 * The key is OPENAI_API_KEY (the environment or .env), never an argument: Nx echoes the command line and shells keep
 * it. Sets: every *.jsonl of --sets-dir (default: the crisis-safety corpora). Without --moderation-url, or when the
 * endpoint answers nothing, the model is reported as not measured.
 */
import { CrisisDetector, readLabelledSets } from '@amigo/crisis-safety';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDotEnv } from '../src/config/dot-env.js';
import { runLayerBench } from '../src/safety/layer-bench.js';
import { ModerationSecondOpinion } from '../src/safety/moderation-second-opinion.js';

const { values: args } = parseArgs({
  options: { 'sets-dir': { type: 'string' }, 'moderation-url': { type: 'string' }, 'timeout-ms': { type: 'string' } },
});

loadDotEnv();
const setsDir = resolve(args['sets-dir'] ?? 'libs/crisis-safety/data/corpora');
const url = args['moderation-url'];
const apiKey = process.env['OPENAI_API_KEY'] ?? '';
const timeoutMs = Number(args['timeout-ms'] ?? 10_000);
// Anything else would fail every request at once and be reported as the model not answering.
if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error('--timeout-ms takes a whole number of milliseconds above 0');
console.log(`Sets from ${setsDir}`);
await runLayerBench({
  sets: readLabelledSets(setsDir),
  detector: new CrisisDetector(),
  ...(url ? { opinion: new ModerationSecondOpinion({ apiKey, baseURL: url, timeoutMs }) } : { absent: 'no --moderation-url' }),
  write: (line) => console.log(line),
});
