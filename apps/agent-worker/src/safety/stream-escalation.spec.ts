import { createServer } from 'node:net';
import { SafetyEscalation, type SafetyEvent } from '@amigo/contracts';
import { createClient } from 'redis';
import { RedisMemoryServer } from 'redis-memory-server';
import { escalationOf } from './escalation.js';
import { StreamEscalation } from './stream-escalation.js';

const event: SafetyEvent = { kinds: ['abuse'], signal: 'implicit', helpline_country: 'GB', detected_by: 'classifier', response: 'full', at: '2026-12-02T07:00:00.000Z' };

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('StreamEscalation against a real Redis', () => {
  let redis: RedisMemoryServer;
  let url: string;
  let reader: ReturnType<typeof createClient>;

  beforeAll(async () => {
    redis = await RedisMemoryServer.create();
    url = `redis://${await redis.getHost()}:${await redis.getPort()}`;
    reader = createClient({ url });
    await reader.connect();
  });
  afterAll(async () => {
    await reader.close();
    await redis.stop();
  });

  it('adds each escalation to the stream, where a consumer reads it back whole', async () => {
    const stream = new StreamEscalation({ url, key: 'amigo:safety' });
    const message = escalationOf(event, { userRef: null, sessionRef: 's-1', room: null });
    await stream.send(message);
    await stream.close();

    const entries = await reader.xRange('amigo:safety', '-', '+');
    expect(entries).toHaveLength(1);
    expect(SafetyEscalation.parse(JSON.parse(entries?.[0]?.message['escalation'] ?? ''))).toEqual(message);
  });

  it('keeps the stream bounded (XADD MAXLEN ~)', async () => {
    const stream = new StreamEscalation({ url, key: 'amigo:bounded', maxLen: 10 });
    for (let i = 0; i < 350; i++) await stream.send(escalationOf(event, { userRef: null, sessionRef: `s-${i}`, room: null }));
    await stream.close();

    const length = await reader.xLen('amigo:bounded');
    expect(length).toBeGreaterThanOrEqual(10);
    expect(length).toBeLessThan(350);
  });

  it('fails with a typed error, not a hang, when Redis cannot be reached', async () => {
    const stream = new StreamEscalation({ url: `redis://127.0.0.1:${await closedPort()}`, key: 'amigo:safety', timeoutMs: 1_000 });
    await expect(stream.send(escalationOf(event, { userRef: null, sessionRef: 's', room: null }))).rejects.toMatchObject({
      name: 'EscalationError',
      code: 'unavailable',
    });
    await stream.close();
  });
});
