import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { ConfigError } from '@amigo/config';
import { webSettings } from './config/web-config';
import { trustedProxies } from './http/client-address';
import { answerClientError, createRequestListener } from './http/request-listener';

/**
 * The production server (`nx start web`): Next's handler behind a plain Node HTTP server, because only here is the
 * socket's address known — what the rate limits count, with forwarding headers believed only from
 * `AMIGO_TRUSTED_PROXIES` — and where each page gets its Content-Security-Policy nonce.
 */
async function main(): Promise<void> {
  let settings;
  try {
    settings = webSettings();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  // Built to apps/web/dist/server/: the Next app is two levels up.
  const dir = fileURLToPath(new URL('../..', import.meta.url));
  const app = next({ dev: false, dir, hostname: settings.AMIGO_WEB_HOST, port: settings.PORT });
  await app.prepare();

  const server = createServer(
    createRequestListener({
      handle: app.getRequestHandler(),
      trust: trustedProxies(settings.AMIGO_TRUSTED_PROXIES),
      liveKitUrl: settings.LIVEKIT_URL,
    }),
  );
  // Node's own bounds on slow clients, beyond the API's body deadline: headers within 10 s, a whole request within
  // the body deadline plus those 10 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = settings.AMIGO_BODY_DEADLINE_MS + 10_000;
  server.on('clientError', answerClientError);
  server.listen(settings.PORT, settings.AMIGO_WEB_HOST, () => {
    const address = server.address();
    const where = typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address);
    console.log(`[web] listening on ${where}, serving ${settings.AMIGO_PUBLIC_ORIGIN}`);
  });
}

main().catch((error: unknown) => {
  console.error(`[web] could not start (${error instanceof Error ? error.name : 'unknown error'})`);
  process.exit(1);
});
