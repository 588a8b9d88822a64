import { TestEnvironment } from 'jest-environment-node';

type Environment = InstanceType<typeof TestEnvironment>;
// The environment is plain CommonJS (Jest loads it before any transform): required, not imported. It is a file of the
// repository's Jest set-up, shared with the psychologist's specs, not a project, so the project boundaries do not apply.
// eslint-disable-next-line @nx/enforce-module-boundaries
const VoiceSessionEnvironment = require('../../../../jest.voice-session-environment.cjs') as new (...args: ConstructorParameters<typeof TestEnvironment>) => Environment;

describe("the Jest environment of voice-session specs", () => {
  function environment(): Environment {
    const projectConfig = { testEnvironmentOptions: {}, setupFiles: [], fakeTimers: {}, globals: {} };
    return new VoiceSessionEnvironment(
      { projectConfig, globalConfig: {} } as unknown as ConstructorParameters<typeof TestEnvironment>[0],
      { console, docblockPragmas: {}, testPath: __filename },
    );
  }

  it("lets go of the time-outs a test file left pending, so they cannot hold Jest open after the run", async () => {
    const env = environment();
    const left = env.global.setTimeout(() => undefined, 60_000) as unknown as NodeJS.Timeout;
    const fired = await new Promise<boolean>((resolve) => env.global.setTimeout(() => resolve(true), 0));
    expect(left.hasRef()).toBe(true);

    await env.teardown();

    expect(fired).toBe(true);
    expect(left.hasRef()).toBe(false);
    clearTimeout(left);
  });

  it('keeps what clearTimeout and promisify expect of setTimeout', async () => {
    const env = environment();
    let ran = false;
    const cleared = env.global.setTimeout(() => (ran = true), 0);
    env.global.clearTimeout(cleared);
    const { promisify } = await import('node:util');
    await promisify(env.global.setTimeout)(0);
    expect(ran).toBe(false);
    await env.teardown();
  });
});
