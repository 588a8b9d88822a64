import { SafetyEscalation } from '@amigo/contracts';
import { startWebhookReceiver } from '@amigo/test-utils';
import { EscalationError } from './escalation-error.js';
import { escalationOf } from './escalation.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyEscalation, WebhookEscalation } from './webhook-escalation.js';

const SECRET = 'test-secret-of-the-operator';
const message = escalationOf(
  { kinds: ['suicidal_intent'], signal: 'explicit', helpline_country: 'IN', detected_by: 'rules', response: 'full', at: '2026-12-02T07:00:00.000Z' },
  { userRef: 'k3y3dR3f0000', sessionRef: 'session-1', room: 'amigo-room' },
);

describe('WebhookEscalation against a loopback HTTP server', () => {
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  it('POSTs the escalation as JSON, signed over the timestamp and body with the shared secret', async () => {
    receiver = await startWebhookReceiver(() => 204);
    await new WebhookEscalation({ url: receiver.url, secret: SECRET }).send(message);

    const [request] = await receiver.requests(1);
    const timestamp = String(request?.headers[TIMESTAMP_HEADER]);
    const signature = String(request?.headers[SIGNATURE_HEADER]);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyEscalation(SECRET, timestamp, request?.body ?? '', signature)).toBe(true);
    expect(verifyEscalation('another secret', timestamp, request?.body ?? '', signature)).toBe(false);
    expect(verifyEscalation(SECRET, timestamp, `${request?.body} `, signature)).toBe(false);
    expect(SafetyEscalation.parse(JSON.parse(request?.body ?? ''))).toEqual(message);
  });

  it('retries after a server error and after an attempt that timed out, with the same escalation id', async () => {
    receiver = await startWebhookReceiver((_, index) => [503, undefined, 200][index]);
    await new WebhookEscalation({ url: receiver.url, secret: SECRET, timeoutMs: 1_000, retryDelayMs: 10 }).send(message);

    const requests = await receiver.requests(3);
    expect(requests.map((r) => (JSON.parse(r.body) as { id: string }).id)).toEqual([message.id, message.id, message.id]);
  });

  it('gives up at once when the receiver refuses, and after the last attempt when it keeps failing', async () => {
    receiver = await startWebhookReceiver(() => 401);
    const refused = new WebhookEscalation({ url: receiver.url, secret: SECRET, retryDelayMs: 10 }).send(message);
    await expect(refused).rejects.toMatchObject({ name: 'EscalationError', code: 'rejected' });
    expect(receiver.received).toHaveLength(1);
    await receiver.close();

    receiver = await startWebhookReceiver(() => 500);
    const failing = new WebhookEscalation({ url: receiver.url, secret: SECRET, attempts: 3, retryDelayMs: 10 }).send(message);
    await expect(failing).rejects.toBeInstanceOf(EscalationError);
    await expect(failing).rejects.toMatchObject({ code: 'unavailable' });
    expect(receiver.received).toHaveLength(3);
  });
});
