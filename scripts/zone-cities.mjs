#!/usr/bin/env node
// Makes crates/core/data/zone-cities.tsv, the time zones with the country and main cities each is the clock of (an
// organiser looks a zone up by "Geneva", not "Europe/Zurich"), from the npm package @vvo/tzdb (MIT; its city names
// come from GeoNames, CC BY 4.0). Run it again with a newer version to update the file:
//
//   node scripts/zone-cities.mjs [VERSION]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const version = process.argv[2] ?? '6.208.0';
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'crates', 'core', 'data', 'zone-cities.tsv');

const dir = mkdtempSync(join(tmpdir(), 'tzdb-'));
try {
  const file = execFileSync('npm', ['pack', `@vvo/tzdb@${version}`, '--pack-destination', dir, '--silent'], {
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['-xzf', join(dir, file), '-C', dir]);
  const zones = JSON.parse(readFileSync(join(dir, 'package', 'raw-time-zones.json'), 'utf8'));
  // A value holds no tab or newline, and the lists are cut at "; " (a country's name has commas).
  const clean = (text) => String(text ?? '').replace(/[\t\n;]/g, ' ').trim();
  const rows = zones.map((z) =>
    [
      z.name,
      z.countryCode,
      clean(z.countryName),
      clean(z.alternativeName),
      z.mainCities.map(clean).join('; '),
      z.group.filter((g) => g !== z.name).join(' '),
    ].join('\t'),
  );
  const header = [
    `# The time zones with the country and main cities each is the clock of, from @vvo/tzdb ${version}`,
    '# (https://github.com/vvo/tzdb, MIT licence, copyright CodeAgain SASU; its city names are from GeoNames,',
    '# https://www.geonames.org, CC BY 4.0), made by scripts/zone-cities.mjs; crates/core/data/README.md has the licences.',
    '# Columns: zone, country code, country, the zone\'s common name, main cities (most populous first, "; " between),',
    '# the other names of the zone (tz database links and zones merged into it, space between).',
  ];
  writeFileSync(out, [...header, ...rows].join('\n') + '\n');
  console.log(`wrote ${rows.length} zones to ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
