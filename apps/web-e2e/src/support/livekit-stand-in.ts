import { createServer, type Server } from 'node:http';

/** Where the specs read what the stand-in saw. */
export const RECORDED_PATH = '/__recorded';

/**
 * Stands in for a LiveKit server, which cannot run here: it records the URL of every request a browser makes to it
 * (the signalling WebSocket upgrade carries the token as `?access_token=`) and refuses them all, so the page goes on
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
    response.writeHead(404, { 'access-control-allow-origin': '*' }).end();
  });
  server.on('upgrade', (request, socket) => {
    seen.push(request.url ?? '');
    socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
