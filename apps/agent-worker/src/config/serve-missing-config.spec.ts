import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const WORKSPACE = resolve(__dirname, '../../../..');
// Builds the libraries and the worker (from Nx's cache when it can) before it runs: minutes on a busy machine.
jest.setTimeout(900_000);

/** Runs a command to its end, or kills it after `timeoutMs` and says so. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<{ code: number | null; output: string; killed: boolean }>((done) => {
    const child = spawn(command, args, { cwd: WORKSPACE, env });
    let output = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output, killed });
    });
  });
}

describe('nx serve agent-worker without its settings', () => {
  it('runs the built worker, which stops with one message naming what to set, and fails instead of waiting', async () => {
    // Set but empty, so neither a developer's .env nor the shell can fill them in.
    const env = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NX_DAEMON: 'false',
      NX_TUI: 'false',
      NX_NO_CLOUD: 'true',
      LIVEKIT_URL: '',
      LIVEKIT_API_KEY: '',
      LIVEKIT_API_SECRET: '',
      OPENAI_API_KEY: '',
    };
    const result = await run('npx', ['nx', 'run', 'agent-worker:serve', '--output-style=static'], env, 840_000);
    expect(result.killed).toBe(false);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('node apps/agent-worker/dist/main.js start');
    expect(result.output).toContain('The voice worker cannot start: set these environment variables');
    for (const name of ['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET', 'OPENAI_API_KEY']) expect(result.output).toContain(`- ${name}:`);
    expect(result.output).not.toMatch(/waiting for changes/i);
  });
});
