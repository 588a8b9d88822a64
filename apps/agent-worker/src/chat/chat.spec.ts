import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserStore } from '@amigo/user-store';
import { RedisMemoryServer } from 'redis-memory-server';
import { settlesWithin } from '../safety/settles-within.js';
import { lastMessage, OpenAiCompatibleServer, startWebhookReceiver } from '@amigo/test-utils';
import { computedProfile, sessionDeps } from '../testing/session-fixtures.js';

// Each terminal compiles the workspace sources with tsx on start: on a busy shared machine that alone can take a minute.
jest.setTimeout(600_000);

const CHAT = resolve(__dirname, 'chat.ts');
// Absolute, because the terminal runs outside the workspace (see below).
const TSX = pathToFileURL(require.resolve('tsx')).href;

/** The terminal session as a person uses it: lines in, lines out, waiting for each answer before typing. */
const running = new Set<ChildProcessWithoutNullStreams>();

class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private out = '';
  private err = '';
  private seen = 0;
  readonly exited: Promise<number | null>;

  constructor(env: NodeJS.ProcessEnv, args: string[] = []) {
    this.child = spawn(process.execPath, ['--conditions=@amigo/source', '--import', TSX, CHAT, ...args], {
      // Not the workspace: a developer's .env there (with a model key) must not turn this offline test online.
      cwd: env['AMIGO_DATA_DIR'],
      env,
    });
    this.child.stdout.on('data', (chunk: Buffer) => (this.out += chunk.toString()));
    this.child.stderr.on('data', (chunk: Buffer) => (this.err += chunk.toString()));
    running.add(this.child);
    this.exited = new Promise((done) =>
      this.child.on('exit', (code) => {
        running.delete(this.child);
        done(code);
      }),
    );
  }

  /** Waits for output matching `pattern` after what was already consumed, and consumes up to it. */
  async expect(pattern: RegExp, timeoutMs = 150_000): Promise<string> {
    const started = Date.now();
    for (;;) {
      const rest = this.out.slice(this.seen);
      const match = pattern.exec(rest);
      if (match) {
        this.seen += match.index + match[0].length;
        return rest.slice(0, match.index + match[0].length);
      }
      if (Date.now() - started > timeoutMs) throw new Error(`expected ${pattern} in:\n${rest}\nstderr:\n${this.err}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  type(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  async end(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }

  get output(): string {
    return this.out;
  }

  get errors(): string {
    return this.err;
  }
}

describe('nx run agent-worker:chat (offline, real Redis)', () => {
  let redis: RedisMemoryServer;
  let store: UserStore;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let baseEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    redis = await RedisMemoryServer.create();
    const url = `redis://${await redis.getHost()}:${await redis.getPort()}`;
    store = new UserStore({ url });
    dataDir = await mkdtemp(join(tmpdir(), 'amigo-chat-'));
    // No model settings: the session must run offline end to end.
    // A generous profile deadline: on a busy machine the 300 ms default can send a returning user to intake.
    baseEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], REDIS_URL: url, AMIGO_PROFILE_DEADLINE_MS: '20000' };
    env = { ...baseEnv, AMIGO_DATA_DIR: dataDir };
  });
  afterEach(() => running.forEach((child) => child.kill()));
  afterAll(async () => {
    await store.close();
    await redis.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs intake once, then greets the returning user, then forgets them', async () => {
    const first = new Terminal(env);
    await first.expect(/Amigo: What is your date of birth\?.*\n/);
    first.type('30 February 1990');
    await first.expect(/does not exist/);
    first.type('15 August 1990');
    await first.expect(/at what time were you born\?.*\n/);
    first.type('quarter past six in the morning');
    await first.expect(/Where were you born\?.*\n/);
    first.type('Pune');
    await first.expect(/born on 15 August 1990, at 06:15, in Pune, Maharashtra, India\. Is that right\?.*\n/);
    first.type('actually the 16th of August 1990');
    await first.expect(/born on 16 August 1990, at 06:15, in Pune, Maharashtra, India\./);
    first.type('yes');
    const report = await first.expect(/Saved\. Next time you will be greeted without these questions\.\n/);
    expect(report).toMatch(/Your birth chart[\s\S]*Ascendant: \w+[\s\S]*Moon +\w+[\s\S]*Your Personality X-Ray[\s\S]*Archetype: /);
    first.type('I have been feeling low');
    await first.expect(/Amigo: The full conversation needs a language model/);
    expect(await first.end()).toBe(0);

    const userId = (await readFile(join(dataDir, 'user-id'), 'utf8')).trim();
    const stored = await store.loadUserData(userId);
    expect(stored?.kundali.planets.length).toBeGreaterThanOrEqual(9);
    const archetype = stored?.xray.core_identity.archetype;
    expect(report).toContain(`Archetype: ${archetype}`);

    const second = new Terminal(env);
    await second.expect(new RegExp(`Amigo: Welcome back! .*"${archetype}"`));
    second.type('Hello again');
    await second.expect(/Amigo: The full conversation needs a language model/);
    expect(await second.end()).toBe(0);
    expect(second.output).not.toMatch(/date of birth/);

    // Diagnostics went to the log file, redacted: none between the conversation lines, nothing personal in the file.
    for (const terminal of [first, second]) {
      expect(terminal.output).not.toMatch(/"level":|\[amigo\]|Redis|route/);
      expect(terminal.output).toContain(`Diagnostics: ${join(dataDir, 'chat.log')}`);
      expect(terminal.errors).toBe('');
    }
    const diagnostics = await readFile(join(dataDir, 'chat.log'), 'utf8');
    expect(diagnostics).toMatch(/"route":"intake"/);
    expect(diagnostics).toMatch(/"route":"returning"/);
    for (const secret of [userId, '15 August', '16th of August', 'quarter past six', 'Pune', 'feeling low', 'Hello again', archetype ?? '-']) {
      expect(diagnostics).not.toContain(secret);
    }

    const forget = new Terminal(env, ['--forget']);
    await forget.expect(/Forgotten: your chart and X-Ray are deleted\./);
    expect(await forget.end()).toBe(0);
    await expect(store.hasUserData(userId)).resolves.toBe(false);
    await expect(readFile(join(dataDir, 'user-id'), 'utf8')).rejects.toThrow();
  });

  it('takes another id from AMIGO_USER_ID, never from the command line, and refuses one that is not a UUID', async () => {
    const ownDir = await mkdtemp(join(tmpdir(), 'amigo-chat-user-'));
    const env = { ...baseEnv, AMIGO_DATA_DIR: ownDir };
    const userId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

    for (const args of [['--user', userId], [`--user=${userId}`], [userId]]) {
      const refused = new Terminal(env, args);
      expect(await refused.end()).toBe(2);
      expect(refused.errors).toMatch(/usage:/);
      expect(refused.errors + refused.output).not.toContain(userId);
    }
    const bad = new Terminal({ ...env, AMIGO_USER_ID: 'alice' });
    expect(await bad.end()).toBe(2);
    expect(bad.errors).toMatch(/AMIGO_USER_ID must be a UUID/);

    const terminal = new Terminal({ ...env, AMIGO_USER_ID: userId });
    await terminal.expect(/What is your date of birth\?/);
    for (const [answer, next] of [
      ['1 January 1985', /what time/],
      ["I don't know", /Where were you born/],
      ['Mumbai', /time unknown, in Mumbai/],
      ['yes', /Saved\./],
    ] as const) {
      terminal.type(answer);
      await terminal.expect(next);
    }
    expect(await terminal.end()).toBe(0);
    await expect(store.hasUserData(userId)).resolves.toBe(true);
    await expect(readFile(join(ownDir, 'user-id'), 'utf8')).rejects.toThrow();
    expect(await readFile(join(ownDir, 'chat.log'), 'utf8')).not.toContain(userId);
    await rm(ownDir, { recursive: true, force: true });
  });

  it('answers a crisis with care alone, never with a configuration notice, in intake and after it', async () => {
    const ownDir = await mkdtemp(join(tmpdir(), 'amigo-chat-crisis-'));
    const env = { ...baseEnv, AMIGO_DATA_DIR: ownDir };
    const newcomer = new Terminal({ ...env, AMIGO_USER_ID: 'e0c5b1a4-7f2d-4c3e-9b8a-6d5f4e3c2b1a' });
    await newcomer.expect(/What is your date of birth\?.*\n/);
    newcomer.type('I want to kill myself');
    const duringIntake = await newcomer.expect(/Amigo: Thank you for telling me\..*\n/);
    expect(duringIntake).toMatch(/1 4 4 1 6/);
    expect(duringIntake).not.toMatch(/OPENAI|language model|could not|date/i);
    newcomer.type('15 August 1990');
    await newcomer.expect(/at what time were you born\?/);
    expect(await newcomer.end()).toBe(0);

    const returning = '2d9f8e7c-6b5a-4c3d-8e1f-0a9b8c7d6e5f';
    const { kundali, xray } = await computedProfile(sessionDeps(store));
    await store.saveUserData(returning, kundali, xray);
    const terminal = new Terminal({ ...env, AMIGO_USER_ID: returning });
    await terminal.expect(/Amigo: Welcome back!.*\n.*\n/);
    terminal.type('I want to kill myself');
    const crisis = await terminal.expect(/Amigo: Thank you for telling me\..*\n/);
    expect(crisis).not.toMatch(/OPENAI|language model/);
    terminal.type('/quit');
    expect(await terminal.exited).toBe(0);
    expect(terminal.output.slice(terminal.output.indexOf('Thank you for telling me'))).not.toMatch(/OPENAI|language model/);
    await rm(ownDir, { recursive: true, force: true });
  });

  it('holds the full conversation through the configured OpenAI-compatible LLM, intake tools included', async () => {
    const answers: Record<string, [string, Record<string, unknown>]> = {
      'I was born on the 2nd of March 1978': ['record_birth_date', { answer: '2 March 1978' }],
      'at 9 in the evening': ['record_birth_time', { answer: '9 in the evening' }],
      'in Kolkata': ['record_birth_place', { answer: 'Kolkata' }],
      'yes exactly': ['confirm_birth_details', {}],
    };
    const llm = await OpenAiCompatibleServer.start({
      script: (messages) => {
        const last = lastMessage(messages);
        if (last.role === 'tool') return { content: (JSON.parse(last.text) as { say: string }).say };
        const call = answers[last.text];
        if (call) return { toolCall: { name: call[0], arguments: call[1] } };
        return { content: `LLM heard: ${last.text}` };
      },
    });
    const ownDir = await mkdtemp(join(tmpdir(), 'amigo-chat-llm-'));
    const terminal = new Terminal({
      ...baseEnv,
      AMIGO_DATA_DIR: ownDir,
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: 'local',
      AMIGO_LLM_MODEL: 'scripted',
      AMIGO_PROFILER_BACKEND: 'rules',
    });
    try {
      await terminal.expect(/What is your date of birth\?/);
      for (const [said, next] of [
        ['I was born on the 2nd of March 1978', /what time/],
        ['at 9 in the evening', /Where were you born/],
        ['in Kolkata', /born on 2 March 1978, at 21:00, in Kolkata, West Bengal, India/],
        ['yes exactly', /Saved\./],
        ['My brother and I stopped talking', /Amigo: LLM heard: My brother and I stopped talking/],
      ] as const) {
        terminal.type(said);
        await terminal.expect(next);
      }
      expect(await terminal.end()).toBe(0);
      const userId = (await readFile(join(ownDir, 'user-id'), 'utf8')).trim();
      await expect(store.hasUserData(userId)).resolves.toBe(true);
      const lastRequest = llm.requests.at(-1)?.body.messages ?? [];
      expect(lastRequest.map((m) => lastMessage([m]).text)).toEqual(expect.arrayContaining(['I was born on the 2nd of March 1978', 'in Kolkata']));
      expect(JSON.stringify(lastRequest[0])).toMatch(/X-Ray|Personality/i);
    } finally {
      await llm.stop();
      await rm(ownDir, { recursive: true, force: true });
    }
  });

  it('with AMIGO_MODERATION, raises the session on a turn the screen passed: the operators at once, care on the next reply', async () => {
    const passed = 'Everything feels grey and I have stopped eating';
    // Generous for a busy machine, yet bounded: an endpoint that stalls fails this test, rather than hanging it.
    const moderationTimeoutMs = 20_000;
    const llm = await OpenAiCompatibleServer.start({
      script: (messages) => ({ content: `LLM heard: ${lastMessage(messages).text}` }),
      moderate: (input) => ({ categories: { 'self-harm/intent': input === passed } }),
    });
    const operators = await startWebhookReceiver(() => 200);
    const ownDir = await mkdtemp(join(tmpdir(), 'amigo-chat-moderation-'));
    const returning = '4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d';
    const { kundali, xray } = await computedProfile(sessionDeps(store));
    await store.saveUserData(returning, kundali, xray);
    const terminal = new Terminal({
      ...baseEnv,
      AMIGO_DATA_DIR: ownDir,
      AMIGO_USER_ID: returning,
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: 'local',
      AMIGO_LLM_MODEL: 'scripted',
      AMIGO_MODERATION: 'true',
      AMIGO_MODERATION_TIMEOUT_MS: String(moderationTimeoutMs),
      AMIGO_ESCALATION_WEBHOOK_URL: operators.url,
      AMIGO_ESCALATION_SECRET: 'operator-secret',
    });
    try {
      await terminal.expect(/What is on your mind today\?/);
      terminal.type(passed);
      await terminal.expect(/Amigo: LLM heard: Everything feels grey/);
      // The flag is asked for before the reply, so it reaches the operators within the moderation time-out of it.
      expect(await settlesWithin(operators.requests(1), 2 * moderationTimeoutMs)).toBe(true);
      const [escalated] = await operators.requests(1);
      expect(JSON.parse(escalated?.body ?? '')).toMatchObject({ event: { detected_by: 'moderation', kinds: ['suicidal_intent'] } });
      expect(escalated?.body).not.toContain('grey');

      terminal.type('I am just tired');
      await terminal.expect(/Amigo: Thank you for telling me\..*1 4 4 1 6.*LLM heard: I am just tired/);
      terminal.type('/quit');
      expect(await terminal.exited).toBe(0);
      expect(llm.moderated).toEqual([passed, 'I am just tired']);
      const log = await readFile(join(ownDir, 'chat.log'), 'utf8');
      expect(log).not.toContain('grey');
      expect(log).not.toContain('tired');
    } finally {
      await operators.close();
      await llm.stop();
      await rm(ownDir, { recursive: true, force: true });
    }
  });
});
