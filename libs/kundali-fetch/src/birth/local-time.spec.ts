import { LocalTimeError } from '../errors/kundali-error.js';
import { zonedTimeToUtc, zoneOffsetMs } from './local-time.js';

const wall = (year: number, month: number, day: number, hour: number, minute: number) => ({ year, month, day, hour, minute });
const hms = (h: number, m: number, s = 0) => ((h * 60 + m) * 60 + s) * 1000;

describe('local time to UTC with the zone history', () => {
  it('uses India\'s local mean time in 1900, war time in 1943 and IST after 1945', () => {
    expect(zoneOffsetMs('Asia/Kolkata', Date.UTC(1900, 5, 1))).toBe(hms(5, 21, 10));
    expect(zoneOffsetMs('Asia/Kolkata', Date.UTC(1943, 5, 1))).toBe(hms(6, 30));
    expect(zoneOffsetMs('Asia/Kolkata', Date.UTC(1990, 5, 1))).toBe(hms(5, 30));
    expect(zonedTimeToUtc(wall(1943, 6, 1, 12, 0), 'Asia/Kolkata').utcMs).toBe(Date.UTC(1943, 5, 1, 5, 30));
    expect(zonedTimeToUtc(wall(1900, 6, 1, 12, 0), 'Asia/Kolkata').utcMs).toBe(Date.UTC(1900, 5, 1, 6, 38, 50));
  });

  it('applies summer time where it was in force', () => {
    expect(zonedTimeToUtc(wall(1990, 7, 1, 12, 0), 'Europe/London')).toEqual({ utcMs: Date.UTC(1990, 6, 1, 11, 0), offsetMs: hms(1, 0) });
    expect(zonedTimeToUtc(wall(1990, 1, 1, 12, 0), 'Europe/London').utcMs).toBe(Date.UTC(1990, 0, 1, 12, 0));
  });

  it('reports a local time skipped by the spring-forward gap instead of shifting it', () => {
    let error: unknown;
    try {
      zonedTimeToUtc(wall(2021, 3, 14, 2, 30), 'America/New_York');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LocalTimeError);
    expect(error).toMatchObject({ code: 'nonexistent_local_time', timeZone: 'America/New_York' });
    expect((error as LocalTimeError).candidates.map((c) => c.offsetMinutes).sort((a, b) => a - b)).toEqual([-300, -240]);
  });

  it('reports a local time repeated by the autumn overlap, and reads it when told which', () => {
    const at = wall(2021, 11, 7, 1, 30);
    expect(() => zonedTimeToUtc(at, 'America/New_York')).toThrow(expect.objectContaining({
      code: 'ambiguous_local_time',
      candidates: [
        { utc: '2021-11-07T05:30:00.000Z', offsetMinutes: -240 },
        { utc: '2021-11-07T06:30:00.000Z', offsetMinutes: -300 },
      ],
    }));
    expect(zonedTimeToUtc(at, 'America/New_York', 'earlier').utcMs).toBe(Date.UTC(2021, 10, 7, 5, 30));
    expect(zonedTimeToUtc(at, 'America/New_York', 'later').utcMs).toBe(Date.UTC(2021, 10, 7, 6, 30));
  });

  it('rejects an unknown zone name with a typed error', () => {
    expect(() => zonedTimeToUtc(wall(1990, 1, 1, 0, 0), 'Mars/Olympus_Mons')).toThrow(expect.objectContaining({ code: 'unknown_timezone' }));
  });
});
