import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProviderError } from '../../errors/kundali-error.js';
import { fetchStructuredKundali } from '../../kundali/fetch-structured-kundali.js';
import { Kundali } from '@amigo/contracts';

/** AstrologyAPI's documented answers for the 2000-06-27 10:00 UT sample (15:30 IST in Mumbai). */
const ANSWERS = JSON.parse(readFileSync(join(__dirname, '../../testing/fixtures/astrologyapi-answers.json'), 'utf8')) as Record<string, unknown>;

type Behaviour = (endpoint: string, attempt: number, req: IncomingMessage, res: ServerResponse) => void;

interface Recorded {
  endpoint: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

describe('AstrologyAPI provider against a local HTTP server', () => {
  let server: Server;
  let origin: string;
  let baseUrl: string;
  /** Each test talks to its own path, so late requests of an earlier test are not counted. */
  let testNo = 0;
  let behaviour: Behaviour;
  let requests: Recorded[];
  const attempts = new Map<string, number>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const [, test, endpoint] = /^\/t(\d+)\/v1\/(.*)$/.exec(req.url ?? '') ?? [];
        if (Number(test) !== testNo) {
          res.destroy();
          return;
        }
        const n = (attempts.get(endpoint) ?? 0) + 1;
        attempts.set(endpoint, n);
        requests.push({ endpoint, authorization: req.headers.authorization, body: JSON.parse(raw || '{}') as Record<string, unknown> });
        behaviour(endpoint, n, req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    testNo++;
    baseUrl = `${origin}/t${testNo}/v1`;
    requests = [];
    attempts.clear();
    behaviour = (endpoint, _n, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ANSWERS[endpoint]));
    };
  });

  const birth = { date: '2000-06-27', time: '15:30', latitude: 19.2, longitude: 72.8, timezone: 'Asia/Kolkata' };
  const options = (extra: Record<string, unknown> = {}) => ({
    provider: 'astrologyapi' as const,
    astrologyApi: { baseUrl, userId: 'user-1', apiKey: 'key-1', retryDelayMs: 5, timeoutMs: 1000, ...extra },
  });

  it('calls the documented endpoints with Basic auth and the local time, and maps the answers to a Kundali', async () => {
    const k = await fetchStructuredKundali(birth, options());
    expect(Kundali.safeParse(k).success).toBe(true);
    expect(new Set(requests.map((r) => r.endpoint))).toEqual(new Set(['planets', 'major_vdasha', 'current_vdasha', 'general_ascendant_report', 'birth_details']));
    for (const r of requests) {
      expect(r.authorization).toBe('Basic ' + Buffer.from('user-1:key-1').toString('base64'));
      expect(r.body).toEqual({ day: 27, month: 6, year: 2000, hour: 15, min: 30, lat: 19.2, lon: 72.8, tzone: 5.5 });
    }
    expect(k.ascendant).toBe('Libra');
    expect(k.ascendant_details).toMatchObject({ fullDegree: 207.92868587120444, nakshatra: 'Vishakha', nakshatra_pad: 3 });
    expect(k.planets.map((p) => p.name)).toEqual(['Sun', 'Moon', 'Rahu']);
    expect(k.planets[2]).toMatchObject({ isRetro: true, house: 10, planet_awastha: 'Mrit' });
    // "D-M-YYYY H:M" is day first and local to the request's tzone (+05:30): 2 May 1994 00:00 IST.
    expect(k.dasha?.major).toEqual({ planet: 'Sun', planet_id: 0, start: '2021-05-01T18:30:00.000Z', end: '2027-05-01T18:30:00.000Z' });
    expect(k.dasha?.minor).toMatchObject({ planet: 'Rahu', start: '2023-08-04T19:58:00.000Z', end: '2026-02-21T05:16:00.000Z' });
    expect(k.dasha?.mahadashas?.[0]).toEqual({ planet: 'Ketu', planet_id: 8, start: '1994-05-01T18:30:00.000Z', end: '2001-05-01T18:30:00.000Z' });
    expect(k.ascendant_report).toBe('With your Libra Rising sign, ...');
    expect(k).toMatchObject({ provider: 'astrologyapi', node_type: 'mean', ayanamsa: { name: 'lahiri', mean_degree: 23.8612 } });
    // The true ayanamsa differs from the mean by the nutation in longitude (under 20 arcseconds).
    expect(Math.abs((k.ayanamsa?.degree as number) - 23.8612)).toBeLessThan(20 / 3600);
    expect(k.ayanamsa?.degree).not.toBe(23.8612);
    expect(k.birth).toEqual({
      utc: '2000-06-27T10:00:00.000Z', latitude: 19.2, longitude: 72.8, timezone: 'Asia/Kolkata', utc_offset_hours: 5.5,
      clock: { name: 'Asia/Kolkata', basis: 'iana', utc_offset_minutes: 330, reconstructed: false },
    });
    expect(k.reliability).toEqual({ ascendant: true, houses: true, dasha_start: true, moon_nakshatra: true, utc_offset: true });
  });

  it('flags what an unknown birth time leaves open, as the local engine does', async () => {
    const k = await fetchStructuredKundali({ ...birth, time: 'unknown' }, options());
    expect(k.birth_time_known).toBe(false);
    expect(k.reliability).toMatchObject({ ascendant: false, houses: false, dasha_start: false });
    expect(k.time_sensitivity?.ascendant_signs).toHaveLength(12);
  });

  it('rejects a dasha date it cannot read instead of guessing its order', async () => {
    behaviour = (endpoint, _n, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const answer = endpoint === 'major_vdasha' ? [{ planet: 'Ketu', start: '1994/05/02', end: '2001-5-2' }] : ANSWERS[endpoint];
      res.end(JSON.stringify(answer));
    };
    await expect(fetchStructuredKundali(birth, options())).rejects.toMatchObject({ code: 'provider_response' });
  });

  it('fails fast with provider_auth on 401, without retrying', async () => {
    behaviour = (_e, _n, _req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"status":false,"msg":"Unauthorized"}');
    };
    await expect(fetchStructuredKundali(birth, options())).rejects.toMatchObject({ code: 'provider_auth', status: 401, retryable: false });
    expect(Math.max(...attempts.values())).toBe(1);
  });

  it('retries a 503 and succeeds when the server recovers', async () => {
    behaviour = (endpoint, n, _req, res) => {
      if (n === 1) {
        res.writeHead(503);
        res.end('busy');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ANSWERS[endpoint]));
    };
    await expect(fetchStructuredKundali(birth, options())).resolves.toMatchObject({ ascendant: 'Libra' });
    expect(attempts.get('planets')).toBe(2);
  });

  it('gives up after a bounded number of retries on persistent 500s', async () => {
    behaviour = (_e, _n, _req, res) => {
      res.writeHead(500);
      res.end();
    };
    await expect(fetchStructuredKundali(birth, options({ retries: 2 }))).rejects.toMatchObject({ code: 'provider_http', status: 500, retryable: true });
    expect(Math.max(...attempts.values())).toBe(3);
  });

  it('does not retry other client errors', async () => {
    behaviour = (_e, _n, _req, res) => {
      res.writeHead(400);
      res.end('{"msg":"bad request"}');
    };
    await expect(fetchStructuredKundali(birth, options())).rejects.toMatchObject({ code: 'provider_http', status: 400, retryable: false });
    expect(Math.max(...attempts.values())).toBe(1);
  });

  it('retries when the connection drops, then reports provider_http', async () => {
    behaviour = (_e, _n, req) => {
      req.socket.destroy();
    };
    await expect(fetchStructuredKundali(birth, options({ retries: 1 }))).rejects.toMatchObject({ code: 'provider_http', retryable: true });
    expect(Math.max(...attempts.values())).toBe(2);
  });

  it('times out a server that never answers, retrying within the bound', async () => {
    behaviour = () => undefined;
    const started = Date.now();
    const failure = fetchStructuredKundali(birth, options({ timeoutMs: 150, retries: 1 }));
    await expect(failure).rejects.toBeInstanceOf(ProviderError);
    await expect(failure).rejects.toMatchObject({ code: 'provider_timeout', retryable: true });
    expect(Math.max(...attempts.values())).toBe(2);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('rejects malformed JSON and unexpected shapes as provider_response', async () => {
    behaviour = (_e, _n, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"planets": [');
    };
    await expect(fetchStructuredKundali(birth, options())).rejects.toMatchObject({ code: 'provider_response' });
    behaviour = (endpoint, _n, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(endpoint === 'planets' ? [{ name: 'Sun', fullDegree: 'east' }] : ANSWERS[endpoint]));
    };
    await expect(fetchStructuredKundali(birth, options())).rejects.toMatchObject({ code: 'provider_response' });
  });

  it('needs credentials and cannot offer the true node', async () => {
    await expect(fetchStructuredKundali(birth, { provider: 'astrologyapi', astrologyApi: { baseUrl } })).rejects.toMatchObject({ code: 'provider_config' });
    await expect(fetchStructuredKundali(birth, { provider: 'astrologyapi', astrologyApi: { baseUrl, userId: 'u' } })).rejects.toMatchObject({ code: 'provider_config' });
    await expect(fetchStructuredKundali(birth, { ...options(), nodeType: 'true' })).rejects.toMatchObject({ code: 'provider_config' });
    expect(requests).toHaveLength(0);
  });
});
