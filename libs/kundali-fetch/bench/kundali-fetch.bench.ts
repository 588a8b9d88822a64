import { cpus, loadavg } from 'node:os';
import { buildKundali, siderealChart } from '../src/index.js';

/**
 * Full charts per second, single-threaded: sidereal Sun..Saturn with speeds, both nodes, ascendant, ayanamsa,
 * and the Kundali object with signs, nakshatras, houses, the ten-mahadasha timeline with 90 antardashas and the
 * running periods. Birth instants and places are spread over 1900-2050 and latitudes -60..66.
 */
const N = 20_000;
const WARMUP = 2_000;
const T0 = Date.UTC(1900, 0, 1);
const SPAN = Date.UTC(2050, 11, 31) - T0;
const NOW = Date.UTC(2026, 0, 1);

function input(i: number): { t: number; latitude: number; longitude: number } {
  const u = (i * 0.6180339887498949) % 1;
  const v = (i * 0.4142135623730951) % 1;
  const w = (i * 0.7320508075688772) % 1;
  return { t: T0 + u * SPAN, latitude: -60 + v * 126, longitude: -180 + w * 360 };
}

/**
 * Wall-clock throughput, and throughput per CPU-second of this process: the machine is shared, and the CPU time
 * is what the work costs when other processes compete for the cores.
 */
function run(label: string, n: number, f: (i: number) => number): void {
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += f(i);
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += f(i);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuUsage = process.cpuUsage(cpu0);
  const cpu = (cpuUsage.user + cpuUsage.system) / 1e6;
  const rate = (seconds: number) => Math.round(n / seconds).toLocaleString('en-US').padStart(8);
  console.log(
    `${label.padEnd(56)} ${rate(wall)} charts/s wall (${((wall / n) * 1e6).toFixed(1)} us)  ${rate(cpu)} charts/CPU-s (${((cpu / n) * 1e6).toFixed(1)} us)` +
      (sink < 0 ? '!' : ''),
  );
}

const load = loadavg()[0];
console.log(`kundali-fetch bench: ${N} charts per run, single thread, load average ${load.toFixed(2)} on ${cpus().length} cores`);
run('full Kundali (positions+speeds, nodes, asc, dasha)', N, (i) => {
  const x = input(i);
  return buildKundali(x.t, x, { now: NOW }).planets.length;
});
run('sidereal chart only (positions+speeds, nodes, asc)', N, (i) => {
  const x = input(i);
  return siderealChart(x.t, x).bodies.length;
});
