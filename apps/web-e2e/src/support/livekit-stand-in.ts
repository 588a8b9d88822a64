import { createServer, type Server } from 'node:http';

/** Where the specs read what the stand-in saw. */
export const RECORDED_PATH = '/__recorded';

/**
 * Stands in for a LiveKit server, which cannot run here: it records the URL of every request a browser makes to it
 * (the signalling WebSocket upgrade carries the token as `?access_token=`) and drops them all, so the page goes on
 * to explain that the voice server could not be reached. `GET /__recorded` answers the URLs seen so far.
 */
export async function startLiveKitStandIn(port: number): Promise<Server> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    if (request.url === RECORDED_PATH) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(seen));
      return;
    }
    seen.push(request.url ?? '');
    // Dropped like a connection to a server that is down, so livekit-client gives up at once instead of retrying.
    response.socket?.destroy();
  });
  server.on('upgrade', (request, socket) => {
    seen.push(request.url ?? '');
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
