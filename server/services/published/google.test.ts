import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sharedDataFile } from '../../test/shared-data.ts';
import { parseGoogleDetailed, parseGoogleRemovals } from './google.ts';
import { isPublishedJurisdiction } from './jurisdictions.ts';
import { readCsvRecords } from './read-csv.ts';
import type { PublishedRow } from './types.ts';

const REMOVALS = readFileSync(sharedDataFile('google-transparency/google-government-removal-requests.csv'), 'utf8');
const DETAILED = readFileSync(
  sharedDataFile('google-transparency/google-government-detailed-removal-requests.csv'),
  'utf8',
);

/** The oracle: csv-parse on the raw text, keyed by the header as written (trailing space included). */
function raw(text: string): Record<string, string>[] {
  return parse(text, { columns: true }) as Record<string, string>[];
}
const rawRemovals = raw(REMOVALS);
const rawDetailed = raw(DETAILED);
const removals = parseGoogleRemovals(readCsvRecords(REMOVALS), 'removals.csv');
const detailed = parseGoogleDetailed(readCsvRecords(DETAILED), 'detailed.csv');

const PERCENT_HEADERS = {
  pct_removed_legal: '% Removed-Legal',
  pct_removed_policy: '% Removed-Policy',
  pct_content_not_found: '% Content Not Found',
  pct_not_enough_information: '% Not Enough Information ',
  pct_no_action: '% No Action Taken',
  pct_already_removed: '% Content Already Removed',
} as const;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const requestsIn = (rows: PublishedRow[], periodEnd: string) =>
  sum(rows.filter((r) => r.periodEnd === periodEnd).map((r) => r.requests ?? 0));
const byLine = (rows: PublishedRow[]) => new Map(rows.map((r) => [r.line, r]));

describe('parseGoogleRemovals on the 2025 export', () => {
  it('reads all 3,800 data rows with no problem or warning', () => {
    expect(rawRemovals).toHaveLength(3800);
    expect(removals.problems).toEqual([]);
    expect(removals.warnings).toEqual([]);
    expect(removals.rows).toHaveLength(3800);
    expect(removals).toMatchObject({ format: 'google-removals', publisher: 'google' });
  });

  it('matches the raw CSV cell by cell, empty percentage cells as 0', () => {
    const rows = byLine(removals.rows);
    const mismatches: string[] = [];
    rawRemovals.forEach((cells, i) => {
      const row = rows.get(i + 2);
      const expected = {
        periodEnd: cells['Period Ending'],
        jurisdictionLabel: cells['Country/Region'],
        requesterLabel: cells.Requestor,
        requests: Number(cells['Number of Requests']),
        items: Number(cells['Items Requested To Be Removed']),
        ...Object.fromEntries(
          Object.entries(PERCENT_HEADERS).map(([m, h]) => [m, cells[h] === '' ? 0 : Number(cells[h])]),
        ),
      };
      const actual = row && {
        ...row,
        ...Object.fromEntries(Object.entries(row.measures).map(([m, v]) => [m, v?.value])),
      };
      for (const [key, value] of Object.entries(expected)) {
        if (actual?.[key as keyof typeof actual] !== value) mismatches.push(`line ${i + 2} ${key}`);
      }
    });
    expect(mismatches).toEqual([]);
    expect(removals.rows.every((r) => Object.values(r.measures).every((m) => m?.unit === 'percent'))).toBe(true);
  });

  it("sums the half-year ending 2025-06-30 to Google's 24,968 requests and 664,623 items", () => {
    const half = rawRemovals.filter((c) => c['Period Ending'] === '2025-06-30');
    expect(sum(half.map((c) => Number(c['Number of Requests'])))).toBe(24968);
    expect(sum(half.map((c) => Number(c['Items Requested To Be Removed'])))).toBe(664623);
    expect(requestsIn(removals.rows, '2025-06-30')).toBe(24968);
    const items = removals.rows.filter((r) => r.periodEnd === '2025-06-30').map((r) => r.items ?? 0);
    expect(sum(items)).toBe(664623);
  });

  it('turns each period end into its half-year', () => {
    const periods = new Set(removals.rows.map((r) => `${r.periodStart}..${r.periodEnd}`));
    expect(periods.size).toBe(13);
    expect(periods).toContain('2019-01-01..2019-06-30');
    expect(periods).toContain('2024-07-01..2024-12-31');
    for (const p of periods) expect(p).toMatch(/^(\d{4})-(01-01\.\.\1-06-30|07-01\.\.\1-12-31)$/);
  });

  it('maps every requester label of the file to a kind, keeping the label', () => {
    const kinds = Object.fromEntries(removals.rows.map((r) => [r.requesterLabel, r.requesterKind]));
    expect(kinds).toEqual({
      'Court Order Directed at 3rd Party': 'court',
      'Court Order Directed at Google': 'court',
      'Suppression Orders': 'court',
      'Government Officials': 'executive',
      Police: 'police',
      'Information and Communications Authority': 'regulator',
      'Information and Communications Authority Under Federal Law 276-FZ': 'regulator',
      'Data Protection Authority': 'regulator',
      'Consumer Protection Authority': 'regulator',
      Military: 'military',
      Other: 'other',
    });
    expect(removals.rows.every((r) => r.role === 'figure' && r.platform === 'google' && r.reason === null)).toBe(true);
  });

  it("reads Kazakhstan's Information and Communications Authority rows as a regulator", () => {
    const isKzAuthority = (country: string, label: string | null) =>
      country === 'Kazakhstan' && label === 'Information and Communications Authority';
    const expected = rawRemovals.filter((c) => isKzAuthority(c['Country/Region'] as string, c.Requestor ?? null));
    const rows = removals.rows.filter((r) => isKzAuthority(r.jurisdictionLabel, r.requesterLabel));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(expected.length);
    expect(rows.every((r) => r.requesterKind === 'regulator' && r.jurisdiction === 'KZ')).toBe(true);
  });

  it('reads the column whose header has a trailing space', () => {
    expect(Object.keys(rawRemovals[0] ?? {})).toContain('% Not Enough Information ');
    const expected = sum(rawRemovals.map((c) => Number(c['% Not Enough Information '] || 0)));
    const actual = sum(removals.rows.map((r) => r.measures.pct_not_enough_information?.value ?? 0));
    expect(expected).toBeGreaterThan(0);
    expect(actual).toBe(expected);
  });

  it('stores an empty percentage cell as 0 (line 2: 100 % removed for legal reasons, the rest empty)', () => {
    const row = byLine(removals.rows).get(2);
    expect(row?.measures).toEqual({
      pct_removed_legal: { value: 100, unit: 'percent' },
      pct_removed_policy: { value: 0, unit: 'percent' },
      pct_content_not_found: { value: 0, unit: 'percent' },
      pct_not_enough_information: { value: 0, unit: 'percent' },
      pct_no_action: { value: 0, unit: 'percent' },
      pct_already_removed: { value: 0, unit: 'percent' },
    });
  });

  it('parses an older spelling of the header and of Türkiye to the same figures', () => {
    const older = REMOVALS.replace('Requestor', 'Requester')
      .replace('% Not Enough Information ,', '% Not Enough Information,')
      .replaceAll('Türkiye', 'Turkey');
    expect(older).not.toBe(REMOVALS);
    const parsed = parseGoogleRemovals(readCsvRecords(older), 'older.csv');
    expect(parsed.problems).toEqual([]);
    const figures = (rows: PublishedRow[]) => rows.map(({ jurisdictionLabel: _, ...rest }) => rest);
    expect(figures(parsed.rows)).toEqual(figures(removals.rows));
    expect(parsed.rows.filter((r) => r.jurisdictionLabel === 'Turkey').length).toBe(
      removals.rows.filter((r) => r.jurisdictionLabel === 'Türkiye').length,
    );
  });
});

describe('jurisdictions of both files', () => {
  const all = [...removals.rows, ...detailed.rows];

  it.each([
    ['Türkiye', 'TR'],
    ['Côte d’Ivoire', 'CI'],
    ['Europol', 'EU'],
    ['Åland Islands', 'AX'],
  ])('%s → %s', (label, code) => {
    const rows = all.filter((r) => r.jurisdictionLabel === label);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.jurisdiction))).toEqual(new Set([code]));
  });

  it('gives every row a publishable jurisdiction, the CLDR code wherever the file has one', () => {
    expect(all.filter((r) => !isPublishedJurisdiction(r.jurisdiction))).toEqual([]);
    const detailedRows = byLine(detailed.rows);
    const codes = [
      ...rawRemovals.map((c, i) => [removals.rows[i]?.jurisdiction, c['CLDR Territory Code']]),
      ...rawDetailed.map((c, i) => [detailedRows.get(i + 2)?.jurisdiction, c['CLDR Territory Code']]),
    ].filter(([, code]) => code !== '');
    expect(codes.filter(([stored, code]) => stored !== code)).toEqual([]);
  });
});

describe('parseGoogleDetailed on the 2025 export', () => {
  it('reads all 21,065 data rows, Interpol (no territory code) under ZZ', () => {
    expect(rawDetailed).toHaveLength(21065);
    expect(detailed.problems).toEqual([]);
    expect(detailed.warnings).toEqual([]);
    expect(detailed.rows).toHaveLength(21065);
    expect(rawDetailed[1531]).toMatchObject({ 'Country/Region': 'Interpol', 'CLDR Territory Code': '', Total: '2' });
    expect(byLine(detailed.rows).get(1533)).toMatchObject({
      jurisdiction: 'ZZ',
      jurisdictionLabel: 'Interpol',
      requests: 2,
    });
  });

  it('matches the raw CSV cell by cell', () => {
    const rows = byLine(detailed.rows);
    const mismatches = rawDetailed.flatMap((cells, i) => {
      const row = rows.get(i + 2);
      const same =
        row !== undefined &&
        row.periodEnd === cells['Period Ending'] &&
        row.jurisdictionLabel === cells['Country/Region'] &&
        row.product === cells.Product &&
        row.reasonLabel === cells.Reason &&
        row.requests === Number(cells.Total);
      return same ? [] : [i + 2];
    });
    expect(mismatches).toEqual([]);
    expect(detailed.rows.some((r) => r.product === 'Google Earth, Google Maps, and Panoramio')).toBe(true);
  });

  it('sums Total for the half-year ending 2025-06-30 to 24,968, as the requests file does', () => {
    const half = rawDetailed.filter((c) => c['Period Ending'] === '2025-06-30');
    expect(sum(half.map((c) => Number(c.Total)))).toBe(24968);
    expect(requestsIn(detailed.rows, '2025-06-30')).toBe(24968);
  });

  it('gives breakdown rows with no items, requester or measures', () => {
    const odd = detailed.rows.filter(
      (r) =>
        r.role !== 'breakdown' ||
        r.platform !== 'google' ||
        r.service !== null ||
        r.items !== null ||
        r.requesterKind !== null ||
        r.requesterLabel !== null ||
        r.reasonCode !== null ||
        Object.keys(r.measures).length > 0,
    );
    expect(odd).toEqual([]);
  });

  it('maps every reason label of the file to the taxonomy', () => {
    const reasons = Object.fromEntries(detailed.rows.map((r) => [r.reasonLabel, r.reason]));
    expect(reasons).toEqual({
      Defamation: 'defamation_insult',
      'Privacy and Security': 'privacy',
      'National Security': 'national_security',
      'Hate Speech': 'hate_discord',
      'Government Criticism': 'government_criticism',
      'Religious Offense': 'religious_offense',
      'Obscenity/Nudity': 'obscenity_nudity',
      'Adult Content': 'obscenity_nudity',
      'Drug Abuse': 'drugs',
      Fraud: 'fraud',
      'Regulated Goods and Services': 'regulated_goods',
      'Electoral Law': 'electoral_law',
      Violence: 'violence',
      'Suicide Promotion': 'violence',
      'Bullying/Harassment': 'harassment',
      Copyright: 'copyright',
      Trademark: 'trademark',
      Impersonation: 'impersonation',
      'Reason Unspecified': 'unspecified',
      Other: 'other',
      'Business Complaints': 'other',
      'Geographical Dispute': 'other',
    });
  });

  it('parses `Country` / `Country Code` headers and "Turkey" to the same figures', () => {
    const older = DETAILED.replace('Country/Region,CLDR Territory Code', 'Country ,Country Code').replaceAll(
      'Türkiye',
      'Turkey',
    );
    const parsed = parseGoogleDetailed(readCsvRecords(older), 'older.csv');
    expect(parsed.problems).toEqual([]);
    const figures = (rows: PublishedRow[]) => rows.map(({ jurisdictionLabel: _, ...rest }) => rest);
    expect(figures(parsed.rows)).toEqual(figures(detailed.rows));
  });
});

const HEADER = REMOVALS.slice(0, REMOVALS.indexOf('\n'));
const removalsOf = (...lines: string[]) => parseGoogleRemovals(readCsvRecords([HEADER, ...lines].join('\n')), 'x.csv');
const detailedOf = (...lines: string[]) =>
  parseGoogleDetailed(
    readCsvRecords(['Period Ending,Country/Region,CLDR Territory Code,Product,Reason,Total', ...lines].join('\n')),
    'x.csv',
  );
const GOOD = '2019-06-30,Albania,AL,Other,129,132,100,,,,,';

describe('problems and warnings', () => {
  it('reports every bad row with its line and column, and keeps the good ones', () => {
    const parsed = removalsOf(
      GOOD,
      '2019-06-30,Albania,AL,Police,2,abc,100,,,,,',
      '2019-05-31,Albania,AL,Military,2,3,100,,,,,',
      '2019-06-30,Nowhere,ZZ,Police,2,3,100,,,,,',
      '2019-06-30,Albania,AL,Government Officials,-2,3,100,,,,,',
      '2019-06-30,Albania,AL,Data Protection Authority,,3,100,,,,,',
      '2019-06-30,Albania,AL,Suppression Orders,2,3,120,,,,,',
      '2019-06-30,Albania,AL,Consumer Protection Authority,2,3,100,,,,',
      '2019-12-31,Albania,AL,,2,3,100,,,,,',
    );
    expect(parsed.problems).toEqual([
      { line: 3, path: 'Items Requested To Be Removed', message: '"abc" is not a number' },
      { line: 4, path: 'Period Ending', message: expect.stringContaining('"2019-05-31"') },
      { line: 5, path: 'CLDR Territory Code', message: expect.stringContaining('"ZZ"') },
      { line: 6, path: 'Number of Requests', message: '"-2" is negative' },
      { line: 7, path: 'Number of Requests', message: 'is blank' },
      { line: 8, path: '% Removed-Legal', message: '"120" is more than 100 %' },
      { line: 9, path: '', message: '11 cells where the header has 12' },
      { line: 10, path: 'Requestor', message: 'is blank' },
    ]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
  });

  it('reports a repeated period, jurisdiction and requester, naming both lines', () => {
    const parsed = removalsOf(GOOD, '2019-06-30,Albania,AL,Police,1,1,100,,,,,', GOOD);
    expect(parsed.problems).toEqual([{ line: 4, path: '', message: expect.stringContaining('line 2') }]);
    const ok = removalsOf(GOOD, GOOD.replace('2019-06-30', '2019-12-31'), GOOD.replace('Other', 'Police'));
    expect(ok.problems).toEqual([]);
  });

  it('reports a repeated product and reason in the detailed file', () => {
    const line = '2011-06-30,Argentina,AR,"Google Earth, Google Maps, and Panoramio",Defamation,4';
    const parsed = detailedOf(line, line.replace('Defamation', 'Fraud'), line);
    expect(parsed.problems).toEqual([{ line: 4, path: '', message: expect.stringContaining('line 2') }]);
    expect(parsed.rows.map((r) => r.product)).toEqual([
      'Google Earth, Google Maps, and Panoramio',
      'Google Earth, Google Maps, and Panoramio',
    ]);
  });

  it('reports a bad Total and a blank product in the detailed file', () => {
    const parsed = detailedOf('2011-06-30,Argentina,AR,Blogger,Defamation,1.5', '2011-06-30,Argentina,AR,,Fraud,2');
    expect(parsed.problems).toEqual([
      { line: 2, path: 'Total', message: '"1.5" is not a whole number' },
      { line: 3, path: 'Product', message: 'is blank' },
    ]);
  });

  it('names a missing column once, at line 1', () => {
    const parsed = parseGoogleRemovals(readCsvRecords(REMOVALS.replace('Number of Requests', 'Requests made')), 'x');
    expect(parsed.problems).toEqual([{ line: 1, path: 'Number of Requests', message: expect.any(String) }]);
    expect(parsed.rows).toEqual([]);
    const noReason = parseGoogleDetailed(
      readCsvRecords('Period Ending,Country/Region,CLDR Territory Code,Product,Total'),
      'x',
    );
    expect(noReason.problems).toEqual([{ line: 1, path: 'Reason', message: expect.any(String) }]);
  });

  it('counts an unknown requester as other, keeping its label, with one warning', () => {
    const parsed = removalsOf(
      GOOD,
      GOOD.replace('Other', 'Tax Office'),
      GOOD.replace('Other', 'Tax Office').replace('06-30', '12-31'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[1]).toMatchObject({ requesterLabel: 'Tax Office', requesterKind: 'other' });
    expect(parsed.warnings).toEqual([expect.stringMatching(/^line 3: requester "Tax Office" .* \(2 rows\)$/)]);
  });

  it('counts an unknown reason as other, keeping its label, with a warning', () => {
    const parsed = detailedOf('2011-06-30,Argentina,AR,Blogger,Blasphemy,4');
    expect(parsed.rows[0]).toMatchObject({ reasonLabel: 'Blasphemy', reason: 'other' });
    expect(parsed.warnings).toEqual([expect.stringContaining('"Blasphemy"')]);
  });

  it('refuses a requester that has no code and is no country or body we know, naming it', () => {
    const parsed = removalsOf(
      '2019-12-31,Atlantis,,Police,16,16,,94,,,6,',
      '2019-12-31,Europol,,Police,16,16,,94,,,6,',
    );
    expect(parsed.problems).toEqual([
      { line: 2, path: 'Country/Region', message: expect.stringContaining('"Atlantis" has no territory code') },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('stores percentages of a row with no items as null, not 0', () => {
    const parsed = removalsOf('2019-06-30,Albania,AL,Other,1,0,,,,,,');
    expect(parsed.rows[0]?.measures.pct_removed_legal).toEqual({ value: null, unit: 'percent' });
  });
});
