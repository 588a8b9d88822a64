import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LocalCluster {
  readonly ports: ReadonlyArray<number>;
  /** Kills one master, as a crash would. */
  kill(index: number): Promise<void>;
  stop(): Promise<void>;
}

/** Loopback ports for a cluster's masters, each with its bus port (port + 10000) free too. */
export async function freeClusterPorts(masters = 3): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < masters) {
    const port = await freePort();
    if (port < 50000 && !ports.includes(port) && (await isFree(port + 10000))) ports.push(port);
  }
  return ports;
}

/** A real Redis Cluster (3 masters by default) from /usr/bin/redis-server on loopback ports, for one test suite. */
export async function startCluster(masters = 3, chosenPorts?: ReadonlyArray<number>): Promise<LocalCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'user-store-cluster-'));
  const ports = [...(chosenPorts ?? (await freeClusterPorts(masters)))];
  const processes: ChildProcess[] = ports.map((port) =>
    spawn(
      '/usr/bin/redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${port}.conf`),
        '--dir', dir, '--save', '', '--appendonly', 'no', '--cluster-node-timeout', '2000'],
      { stdio: 'ignore' },
    ),
  );
  const kill = (p: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (p.exitCode !== null || p.signalCode !== null) return resolve();
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    });
  const stop = async () => {
    await Promise.all(processes.map(kill));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(ports.map((port) => waitFor(async () => (await cli(port, 'PING')) === 'PONG')));
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    await Promise.all(ports.map((port) => waitFor(async () => (await cli(port, 'CLUSTER', 'INFO')).includes('cluster_state:ok'))));
  } catch (error) {
    await stop();
    throw error;
  }
  return { ports, stop, kill: (index) => kill(processes[index]) };
}

async function cli(port: number, ...args: string[]): Promise<string> {
  try {
    return (await run('redis-cli', ['-p', String(port), ...args])).stdout.trim();
  } catch {
    return '';
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('cluster did not come up in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
