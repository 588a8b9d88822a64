const MS_PER_DAY = 86_400_000;

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

/**
 * ISO 8601 UTC string of a millisecond instant, rounded to the millisecond. Same output as Date#toISOString for
 * years 0..9999, without allocating a Date: a chart formats ~100 dasha dates, which would otherwise dominate it.
 */
export function isoFromMs(ms: number): string {
  const t = Math.round(ms);
  const days = Math.floor(t / MS_PER_DAY);
  let rem = t - days * MS_PER_DAY;
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const h = Math.floor(rem / 3_600_000);
  rem -= h * 3_600_000;
  const mi = Math.floor(rem / 60_000);
  rem -= mi * 60_000;
  const s = Math.floor(rem / 1000);
  const msPart = rem - s * 1000;
  const msText = msPart < 10 ? '00' + msPart : msPart < 100 ? '0' + msPart : '' + msPart;
  return y + '-' + pad2(m) + '-' + pad2(d) + 'T' + pad2(h) + ':' + pad2(mi) + ':' + pad2(s) + '.' + msText + 'Z';
}
