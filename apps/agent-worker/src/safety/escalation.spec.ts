import type { SafetyEscalation } from '@amigo/contracts';
import { RecordingLogger, startWebhookReceiver } from '@amigo/test-utils';
import { Escalation, escalationOf } from './escalation.js';
import { WebhookEscalation } from './webhook-escalation.js';

function message(): SafetyEscalation {
  return escalationOf(
    { kinds: ['suicidal_intent'], signal: 'explicit', helpline_country: 'IN', detected_by: 'rules', response: 'full', at: new Date().toISOString() },
    { userRef: null, sessionRef: 'session', room: null },
  );
}

describe('Escalation at shutdown', () => {
  it('waits for a delivery still under way and reports it delivered', async () => {
    const receiver = await startWebhookReceiver(() => undefined);
    const logger = new RecordingLogger();
    const escalation = new Escalation([new WebhookEscalation({ url: receiver.url, secret: 's', attempts: 1, timeoutMs: 30_000 })], logger);

    escalation.escalate(message());
    let drained: boolean | undefined;
    const draining = escalation.drain(30_000).then((idle) => (drained = idle));
    const [request] = await receiver.requests(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBeUndefined();

    request?.response.writeHead(204).end();
    await draining;
    expect(drained).toBe(true);
    expect(logger.lines.map((l) => l.message)).toEqual(['safety escalation delivered']);
    await escalation.close();
    await receiver.close();
  });

  it('gives up at its bound, counting what was abandoned', async () => {
    const receiver = await startWebhookReceiver(() => undefined);
    const logger = new RecordingLogger();
    const escalation = new Escalation([new WebhookEscalation({ url: receiver.url, secret: 's', attempts: 1, timeoutMs: 60_000 })], logger);

    escalation.escalate(message());
    await receiver.requests(1);

    await expect(escalation.drain(100)).resolves.toBe(false);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'safety escalations abandoned at shutdown', fields: { pending: 1, timeout_ms: 100 } }),
    );
    await receiver.close();
    await escalation.whenIdle();
  });
});
