import { execFileSync } from 'node:child_process';

/** Binds `count` loopback servers on port 0 at once (the kernel picks free, distinct ports), prints them, closes them. */
const PICK = `
const net = require('node:net');
const count = Number(process.argv[1]);
const servers = Array.from({ length: count }, () => net.createServer());
Promise.all(servers.map((s) => new Promise((resolve, reject) => { s.once('error', reject); s.listen(0, '127.0.0.1', resolve); })))
  .then(() => { process.stdout.write(servers.map((s) => s.address().port).join(',')); servers.forEach((s) => s.close()); });
`;

/**
 * Ports nothing listens on right now, all different. Synchronous (a short child process picks them) because the
 * Playwright config that needs them is also read by Nx's project-graph plugin, which does not allow top-level await.
 */
export function freePorts(count: number): number[] {
  return execFileSync(process.execPath, ['-e', PICK, String(count)], { encoding: 'utf8' }).split(',').map(Number);
}
