import { BirthDetailsError } from '../errors/kundali-error.js';

/** A zone's history is learnt and kept in stretches of this length (400 days, a whole number of steps). */
const CHUNK_MS = 400 * 86_400_000;
/**
 * Within a stretch the offset is sampled this far apart and every change between two samples is located to the
 * second. A change undone before the next sample would go unseen: between 1900 and 2100 the shortest such interlude
 * in the zones Node's ICU carries lasts seven days (America/Boa_Vista in October 2000, Gaza's predicted Ramadan
 * breaks), and four days in the full tz database with its back-zones (Africa/Freetown, September 1939).
 */
const STEP_MS = 2 * 86_400_000;
/** Zones kept, least recently used dropped first; 64 zones of 1900-2100 take well under a megabyte. */
const MAX_ZONES = 64;
/** Stretches kept per zone: 1900-2100 needs 183 of them. */
const MAX_CHUNKS_PER_ZONE = 256;

/** Offsets within one stretch: `offsets[i]` holds from `starts[i]` (whole seconds; `starts[0]` is the stretch's start). */
interface Chunk {
  starts: number[];
  offsets: number[];
}

/**
 * One IANA zone's offsets from UTC, read from Intl once per stretch of time and kept: asking
 * `Intl.DateTimeFormat` for every instant costs about as much as computing a chart.
 */
export class ZoneHistory {
  private readonly formatter: Intl.DateTimeFormat;
  private readonly chunks = new Map<number, Chunk>();

  constructor(readonly timeZone: string) {
    try {
      // Only the offset's name ("GMT+05:21:10"): three times cheaper than the wall-clock fields with formatToParts.
      this.formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      // The zone is the birth place's: the message does not repeat it, the field says which input it was.
      throw new BirthDetailsError('unknown_timezone', 'unknown time zone', ['timezone']);
    }
  }

  /** Offset from UTC at an instant, in milliseconds, to the second. */
  offsetAt(utcMs: number): number {
    const whole = Math.floor(utcMs / 1000) * 1000;
    const { starts, offsets } = this.chunk(Math.floor(whole / CHUNK_MS));
    let i = starts.length - 1;
    while (i > 0 && starts[i] > whole) i--;
    return offsets[i];
  }

  /** Every offset in force at some instant from `fromMs` to `toMs`, in the order they came. */
  offsetsBetween(fromMs: number, toMs: number): number[] {
    const found = [this.offsetAt(fromMs)];
    for (let k = Math.floor(fromMs / CHUNK_MS); k <= Math.floor(toMs / CHUNK_MS); k++) {
      const { starts, offsets } = this.chunk(k);
      for (let i = 1; i < starts.length; i++) {
        if (starts[i] > fromMs && starts[i] <= toMs && !found.includes(offsets[i])) found.push(offsets[i]);
      }
    }
    return found;
  }

  private chunk(k: number): Chunk {
    let chunk = this.chunks.get(k);
    if (chunk) return chunk;
    const start = k * CHUNK_MS;
    const end = start + CHUNK_MS;
    chunk = { starts: [start], offsets: [this.read(start)] };
    let before = start;
    let offset = chunk.offsets[0];
    for (let t = start + STEP_MS; t <= end; t += STEP_MS) {
      const next = this.read(t);
      if (next !== offset) this.locate(chunk, before, offset, t, next, end);
      before = t;
      offset = next;
    }
    if (this.chunks.size >= MAX_CHUNKS_PER_ZONE) this.chunks.delete(this.chunks.keys().next().value as number);
    this.chunks.set(k, chunk);
    return chunk;
  }

  /** Adds to `chunk` the changes between `lo` (offset `loOffset`) and `hi` (offset `hiOffset`), found by bisection. */
  private locate(chunk: Chunk, lo: number, loOffset: number, hi: number, hiOffset: number, end: number): void {
    let a = lo;
    let b = hi;
    let bOffset = hiOffset;
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      const o = this.read(mid);
      if (o === loOffset) a = mid;
      else {
        b = mid;
        bOffset = o;
      }
    }
    if (b < end) {
      chunk.starts.push(b);
      chunk.offsets.push(bOffset);
    }
    // Two changes within one step (e.g. summer time and war time on consecutive days).
    if (bOffset !== hiOffset) this.locate(chunk, b, bOffset, hi, hiOffset, end);
  }

  /** The offset Intl names at a whole-second instant: "GMT" for UTC itself, else "GMT±HH:MM" or "GMT±HH:MM:SS". */
  private read(whole: number): number {
    const text = this.formatter.format(whole);
    const at = text.lastIndexOf('GMT') + 3;
    if (at === text.length) return 0;
    const digits = (i: number) => (text.charCodeAt(at + i) - 48) * 10 + text.charCodeAt(at + i + 1) - 48;
    const seconds = digits(1) * 3600 + digits(4) * 60 + (text.length > at + 6 ? digits(7) : 0);
    return (text.charCodeAt(at) === 45 ? -seconds : seconds) * 1000;
  }
}

const zones = new Map<string, ZoneHistory>();

/** The kept history of a zone (throws BirthDetailsError `unknown_timezone` for a name Intl does not know). */
export function zoneHistory(timeZone: string): ZoneHistory {
  let history = zones.get(timeZone);
  if (history) {
    zones.delete(timeZone);
  } else {
    history = new ZoneHistory(timeZone);
    if (zones.size >= MAX_ZONES) zones.delete(zones.keys().next().value as string);
  }
  zones.set(timeZone, history);
  return history;
}
