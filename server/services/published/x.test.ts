import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { sharedDataCsvs } from '../../test/shared-data.ts';
import { isPublishedJurisdiction } from './jurisdictions.ts';
import { readCsvRecords } from './read-csv.ts';
import { parseXRemovals } from './x.ts';

const files = sharedDataCsvs('x-removal-requests');
const named = (part: string) => {
  const found = files.find((f) => basename(f).includes(part));
  if (!found) throw new Error(`no X file named *${part}*`);
  return readFileSync(found, 'utf8');
};
const parseText = (text: string) => parseXRemovals(readCsvRecords(text), 'test.csv');

/** The file read by csv-parse alone, for figures that do not go through the parser. */
function raw(text: string) {
  const [header, ...rows] = parse(text, { bom: true, relax_column_count: true }) as string[][];
  const h = header as string[];
  const country = h.findIndex((c) => c.trim() === 'COUNTRY');
  const isTotal = (r: string[]) => /^totals?$/i.test(r[country] ?? '') || /^totals?$/i.test(r[0] ?? '');
  const total = rows.find(isTotal);
  // Count columns a TOTAL row can be checked on (the percentage is not a sum).
  const counts = h.flatMap((c, i) => (/REMOVAL REQUESTS|ACCOUNTS|TWEETS/.test(c) ? [i] : []));
  return { header: h, country, iso: h.indexOf('ISO CODE'), countries: rows.filter((r) => !isTotal(r)), total, counts };
}
const num = (cell: string | undefined) => (!cell || cell === '-' ? 0 : Number(cell.replace(/[,*]/g, '')));
const linesOf = (text: string) => text.split(/\r\n/);
const lineOf = (text: string, part: string) => linesOf(text).findIndex((l) => l.includes(part)) + 1;

describe.each(files.map((f) => [basename(f), readFileSync(f, 'utf8')]))('real file %s', (name, text) => {
  const parsed = parseText(text);
  const file = raw(text);

  test('one figure row per country row, every jurisdiction known, no problem', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(file.countries.length);
    for (const row of parsed.rows) {
      expect(isPublishedJurisdiction(row.jurisdiction), row.jurisdictionLabel).toBe(true);
      expect(row).toMatchObject({ role: 'figure', platform: 'x', service: null, requesterKind: 'mixed' });
    }
  });

  test('the period is the half-year of the file name', () => {
    const [, half, year] = /(jan-jun|jul-dec)-(\d{4})/.exec(name) as string[];
    const period = half === 'jan-jun' ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
    for (const row of parsed.rows) expect([row.periodStart, row.periodEnd]).toEqual(period);
  });

  test('requests are court orders plus government requests, null when both are "-"', () => {
    const court = file.header.findIndex((c) => c.includes('COURT ORDERS'));
    const gov = file.header.findIndex((c) => c.includes('POLICE, OTHER'));
    const expected = file.countries.map((r) =>
      r[court] === '-' && r[gov] === '-' ? null : num(r[court]) + num(r[gov]),
    );
    expect(parsed.rows.map((r) => r.requests)).toEqual(expected);
  });

  test('a TOTAL warning exactly for each count column whose sum differs', () => {
    const total = file.total ?? [];
    const differing = file.counts.filter(
      (i) => total[i] && total[i] !== '-' && file.countries.reduce((s, r) => s + num(r[i]), 0) !== num(total[i]),
    );
    const totalWarnings = parsed.warnings.filter((w) => /^line \d+: totals? row/i.test(w));
    expect(totalWarnings.map((w) => /for "([^"]+)"/.exec(w)?.[1])).toEqual(
      differing.map((i) => file.header[i]?.trim()),
    );
    for (const m of ['requests_court_orders', 'requests_government_other'] as const) {
      const i = file.header.findIndex((c) => (m === 'requests_court_orders' ? /COURT/ : /POLICE/).test(c));
      const sum = parsed.rows.reduce((s, r) => s + (r.measures[m]?.value ?? 0), 0);
      expect(sum).toBe(file.countries.reduce((s, r) => s + num(r[i]), 0));
    }
  });
});

describe('real-file specifics', () => {
  test('"UK" in ISO CODE is stored as GB', () => {
    const withIso = files.map((f) => readFileSync(f, 'utf8')).filter((t) => raw(t).iso >= 0);
    expect(withIso.length).toBeGreaterThanOrEqual(2);
    for (const text of withIso) {
      const file = raw(text);
      const uk = file.countries.filter((r) => r[file.iso] === 'UK').map((r) => r[file.country]);
      expect(uk).toEqual(['United Kingdom']);
      const rows = parseText(text).rows.filter((r) => r.jurisdictionLabel === 'United Kingdom');
      expect(rows.map((r) => r.jurisdiction)).toEqual(['GB']);
    }
  });

  test('the 2019 file (no ISO CODE) maps every country name', () => {
    const text = named('jan-jun-2019');
    expect(raw(text).iso).toBe(-1);
    const { rows, problems } = parseText(text);
    expect(problems).toEqual([]);
    const code = (label: string) => rows.find((r) => r.jurisdictionLabel === label)?.jurisdiction;
    expect(['Russia', 'South Korea', 'Macedonia', 'Czech Republic', 'Hong Kong', 'Turkey'].map(code)).toEqual([
      'RU',
      'KR',
      'MK',
      'CZ',
      'HK',
      'TR',
    ]);
  });

  test('Kazakhstan, listed without data, keeps a row of nulls', () => {
    const rows = files.flatMap((f) => parseText(readFileSync(f, 'utf8')).rows).filter((r) => r.jurisdiction === 'KZ');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect([row.requests, row.items]).toEqual([null, null]);
      expect(Object.values(row.measures).every((m) => m?.value === null)).toBe(true);
    }
  });

  test('2013: Russia\'s footnoted "4*" is kept as 4 with a warning', () => {
    const text = named('jan-jun-2013');
    const line = lineOf(text, 'Russia,RU');
    const parsed = parseText(text);
    expect(parsed.rows.find((r) => r.line === line)?.measures.accounts_withheld?.value).toBe(4);
    expect(parsed.warnings).toContain(
      `line ${line}: "ACCOUNTS WITHHELD" is "4*"; kept 4 (the footnote * is not in the file)`,
    );
  });
});

describe('variants of the real text', () => {
  const y2013 = named('jan-jun-2013');
  const y2017 = named('jul-dec-2017');
  const y2019 = named('jan-jun-2019');

  test.each([
    ['GOV\uFFFDT', 'GOV\uFFFDT'],
    ['GOVT', 'GOVT'],
    ['GOVERNMENT with a trailing space', 'GOVERNMENT'],
  ])('government column spelled %s', (_, spelling) => {
    let text = y2013.replace('GOV’T', spelling);
    if (spelling === 'GOVERNMENT') text = text.replace('OTHER)"', 'OTHER) "');
    expect(text).not.toBe(y2013);
    expect(parseText(text)).toEqual(parseText(y2013));
  });

  test('an unknown spelling of a required column is a problem, and no row is read', () => {
    const parsed = parseText(y2013.replace('GOV’T', 'GOVX'));
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems).toEqual([{ line: 1, path: '', message: expect.stringContaining('police, other') }]);
  });

  test('CR-only line endings and a BOM read the same rows on the same lines', () => {
    const text = `\uFEFF${y2017.replace(/\r\n/g, '\r')}`;
    expect(text.includes('\n')).toBe(false);
    expect(parseText(text)).toEqual(parseText(y2017));
  });

  test('an annotated cell keeps its main number, with a warning, and the TOTAL check sees it', () => {
    const text = y2017.replace('"1,292"', '"3,353 (2,440)"');
    const line = lineOf(text, ',Russia,RU,');
    const totalLine = lineOf(text, ',TOTAL,');
    const parsed = parseText(text);
    const column = 'REMOVAL REQUESTS (GOVERNMENT AGENCY, POLICE, OTHER)';
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.find((r) => r.line === line)).toMatchObject({ requests: 3353 });
    expect(parsed.warnings).toContain(
      `line ${line}: "${column}" is "3,353 (2,440)"; kept 3353, not the annotation (2,440)`,
    );
    const sum = 6138 - 1292 + 3353;
    expect(parsed.warnings).toContain(
      `line ${totalLine}: TOTAL row gives 6138 for "${column}"; the 72 country rows above sum to ${sum}`,
    );
  });

  test('a TOTALS row is a check like TOTAL, not a row', () => {
    const text = y2013.replace('\r\nTOTAL,', '\r\nTOTALS,');
    const parsed = parseText(text);
    const original = parseText(y2013);
    expect(parsed.rows).toEqual(original.rows);
    expect(parsed.warnings).toEqual(original.warnings.map((w) => w.replace('TOTAL row', 'TOTALS row')));
  });

  test('a Total row that disagrees on court orders, with or without its period', () => {
    const line = linesOf(y2019).length;
    const expected = `line ${line}: Total row gives 1244 for "REMOVAL REQUESTS (COURT ORDERS)"; the 83 country rows above sum to 1243`;
    const text = y2019.replace('Total,"1,243"', 'Total,"1,244"');
    expect(parseText(text).warnings).toEqual([expected]);
    expect(parseText(text.replace('January - June 2019,Total', ',Total')).warnings).toEqual([expected]);
  });

  test('a file mixing periods: each row keeps its own, no duplicate', () => {
    const body = linesOf(y2019).slice(1).join('\r\n').replaceAll('January - June 2019', 'July - December 2019');
    const parsed = parseText(`${y2019}\r\n${body}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.rows).toHaveLength(166);
    expect(parsed.rows.filter((r) => r.periodEnd === '2019-12-31')).toHaveLength(83);
  });

  test('when one of the two request counts is "-", requests is the other', () => {
    const text = y2019.replace('Albania,0,1,', 'Albania,-,1,').replace('Brazil,46,32,', 'Brazil,46,-,');
    const requests = (label: string) => parseText(text).rows.find((r) => r.jurisdictionLabel === label)?.requests;
    expect([requests('Albania'), requests('Brazil')]).toEqual([1, 46]);
  });

  test('bad cells are problems with line and column, and parsing goes on', () => {
    const text = y2019.replace('Albania,0,1,', 'Albania,0,abc,').replace('Brazil,46,', 'Brazil,4x6,');
    const parsed = parseText(text);
    expect(parsed.problems).toEqual([
      {
        line: lineOf(text, 'Albania'),
        path: 'REMOVAL REQUESTS (GOVT AGENCY, POLICE, OTHER)',
        message: '"abc" is not a number',
      },
      { line: lineOf(text, 'Brazil'), path: 'REMOVAL REQUESTS (COURT ORDERS)', message: '"4x6" is not a number' },
    ]);
  });

  test('an unknown country name or code is a problem', () => {
    expect(isPublishedJurisdiction('QQ')).toBe(false);
    const byName = parseText(y2019.replace(',Albania,', ',Atlantis,'));
    expect(byName.problems).toEqual([{ line: 3, path: 'COUNTRY', message: expect.stringContaining('Atlantis') }]);
    const byCode = parseText(y2013.replace('Canada,CA,', 'Canada,QQ,'));
    const line = lineOf(y2013, 'Canada,CA,');
    expect(byCode.problems).toEqual([{ line, path: 'ISO CODE', message: expect.stringContaining('QQ') }]);
  });

  test('a country twice in one period is a problem naming both lines', () => {
    const albania = linesOf(y2019).find((l) => l.includes(',Albania,')) as string;
    const text = y2019.replace('\r\nJanuary - June 2019,Total', `\r\n${albania}\r\nJanuary - June 2019,Total`);
    const last = linesOf(text).length - 1;
    expect(parseText(text).problems).toEqual([
      { line: last, path: 'COUNTRY', message: expect.stringContaining(`lines 3 and ${last}`) },
    ]);
  });
});
