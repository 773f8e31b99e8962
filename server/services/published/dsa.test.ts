import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { PublishedMeasure } from '../../../shared/published.ts';
import { sharedDataFile } from '../../test/shared-data.ts';
import { parseDsaComplaints, parseDsaOrders } from './dsa.ts';
import { dsaReason } from './dsa-categories.ts';
import { isPublishedJurisdiction } from './jurisdictions.ts';
import { readCsvRecords } from './read-csv.ts';
import type { PublishedRow } from './types.ts';

const read = (rel: string) => readFileSync(sharedDataFile(`dsa-template/${rel}`), 'utf8');
const FACEBOOK_3 = read('facebook/3_member_states_orders.csv');
const TIKTOK_3 = read('tiktok/DSA_Transparency_Report_TikTok_July_December_2025 - 3_member_states_orders.csv');
const ALIEXPRESS_3 = read('aliexpress/3_member_states_order.csv');
const SECTION_7 = {
  aliexpress: read('aliexpress/7_appeals_and_recidivism.csv'),
  facebook: read('facebook/7_appeals_and_recidivism.csv'),
  pinterest: read('pinterest/Pinterest - H2 DSA Transparency Report - 7. Appeals and recidivism.csv'),
  tiktok: read('tiktok/DSA_Transparency_Report_TikTok_July_December_2025 - 7_appeals_and_recidivism.csv'),
  x: read('x/7_appeals_and_recidivism.csv'),
};
const orders = (text: string) => parseDsaOrders(readCsvRecords(text), 'test.csv');
const complaints = (text: string) => parseDsaComplaints(readCsvRecords(text), 'test.csv');

/** The file through csv-parse alone (any line ending, blank lines dropped): the test's own reading. */
function rawTable(text: string) {
  const [header, ...rows] = parse(text.replace(/\r\n?/g, '\n'), {
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const h = header as string[];
  const at = (name: string) => {
    const i = h.findIndex((c) => c.trim().toLowerCase() === name.toLowerCase());
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  };
  return { header: h, rows: rows.filter((r) => r.some((c) => c.trim() !== '')), at };
}

/** Section 3 as written, Facebook's blank merged cells filled from the row above, with each row's category. */
function rawOrders(text: string) {
  const table = rawTable(text);
  const scope = table.at('Scope');
  const code = table.at('Category of illegal content');
  let above: string[] = [];
  let parent: string | null = null;
  const rows = table.rows.map((written) => {
    const r = written.slice(0, scope).every((c) => c.trim() === '') ? [...above, ...written.slice(scope)] : written;
    above = r.slice(0, scope);
    const c = (r[code] as string).trim();
    if (c === 'TOTAL') parent = null;
    else if (!c.startsWith('KEYWORD_')) parent = c;
    return { cells: r, scope: (r[scope] as string).trim(), code: c, parent };
  });
  const ordersAt = table.at('Number of orders to act against illegal content received');
  const num = (cell: string | undefined) => Number((cell ?? '').replace(/,/g, ''));
  const total = rows.find((r) => r.code === 'TOTAL' && r.scope === 'TOTAL');
  const states = rows.filter((r) => r.code === 'TOTAL' && /^[A-Z]{2}$/.test(r.scope));
  return { ...table, rows, total: num(total?.cells[ordersAt]), states, orders: (r: string[]) => num(r[ordersAt]) };
}

const sum = (rows: PublishedRow[], f: 'requests' | 'items') => rows.reduce((s, r) => s + (r[f] ?? 0), 0);
const figures = (rows: PublishedRow[]) => rows.filter((r) => r.role === 'figure');
const identity = (r: PublishedRow) =>
  [
    r.role,
    r.platform,
    r.jurisdiction,
    r.periodStart,
    r.periodEnd,
    r.reasonCode,
    r.reasonLabel,
    r.section,
    r.indicator,
  ].join('|');
/** Replaces a piece of the real text that occurs exactly once, so that a variant can never be a no-op. */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}
const lineOf = (text: string, part: string) => text.split('\r\n').findIndex((l) => l.includes(part)) + 1;

describe.each([
  ['Facebook', FACEBOOK_3, 1358, 27, 'meta', 'facebook'],
  ['TikTok', TIKTOK_3, 782, 27, 'tiktok', 'tiktok'],
  ['AliExpress', ALIEXPRESS_3, 238, 13, 'aliexpress', 'aliexpress'],
])('section 3, %s', (_, text, total, states, publisher, platform) => {
  const parsed = orders(text);
  const raw = rawOrders(text);

  test(`the TOTAL/TOTAL row gives ${total} orders to act, and the figure rows sum to it`, () => {
    expect(raw.total).toBe(total);
    expect(raw.states.reduce((s, r) => s + raw.orders(r.cells), 0)).toBe(total);
    const check = parsed.rows.filter((r) => r.role === 'check' && r.reasonLevel === 'total');
    expect(check.map((r) => [r.requests, r.jurisdiction, r.jurisdictionLabel])).toEqual([[total, 'EU', 'TOTAL']]);
    expect(sum(figures(parsed.rows), 'requests')).toBe(total);
  });

  test(`one figure row per Member State (${states}), each the state's TOTAL row`, () => {
    expect(new Set(raw.states.map((r) => r.scope)).size).toBe(states);
    const mine = figures(parsed.rows);
    expect(mine).toHaveLength(states);
    expect(new Set(mine.map((r) => r.jurisdiction)).size).toBe(states);
    for (const r of mine) expect([r.reasonCode, r.reasonLevel, r.reason]).toEqual(['TOTAL', 'total', null]);
  });

  test('no problem; every row kept, with its publisher, jurisdiction and role', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.publisher).toBe(publisher);
    expect(parsed.rows).toHaveLength(raw.rows.filter((r) => !r.scope.includes('[_]')).length);
    for (const r of parsed.rows) {
      expect(isPublishedJurisdiction(r.jurisdiction), r.jurisdiction).toBe(true);
      expect(r).toMatchObject({ platform, requesterKind: 'unspecified', requesterLabel: 'Member State authority' });
      const role = r.jurisdictionLabel === 'TOTAL' ? 'check' : r.reasonCode === 'TOTAL' ? 'figure' : 'breakdown';
      expect(r.role).toBe(role);
    }
    expect(new Set(parsed.rows.map(identity)).size).toBe(parsed.rows.length);
  });

  test('every code of the file maps to a category of the taxonomy', () => {
    const codes = new Set(raw.rows.map((r) => `${r.code} ${r.parent}`));
    expect(codes.size).toBeGreaterThan(50);
    for (const r of raw.rows) expect(dsaReason(r.code, r.parent), `${r.code} under ${r.parent}`).not.toBeUndefined();
    expect(parsed.warnings.filter((w) => w.includes('taxonomy'))).toEqual([]);
    for (const r of parsed.rows) expect(r.reason === null).toBe(r.reasonCode === 'TOTAL');
  });
});

describe('section 3 specifics', () => {
  test('Facebook: Greece is stored as GR, labelled EL as written; TikTok writes GR', () => {
    const fb = orders(FACEBOOK_3).rows.filter((r) => r.jurisdiction === 'GR');
    expect(rawOrders(FACEBOOK_3).states.map((r) => r.scope)).toContain('EL');
    expect(fb.length).toBeGreaterThan(50);
    expect(new Set(fb.map((r) => r.jurisdictionLabel))).toEqual(new Set(['EL']));
    expect(
      new Set(
        orders(TIKTOK_3)
          .rows.filter((r) => r.jurisdiction === 'GR')
          .map((r) => r.jurisdictionLabel),
      ),
    ).toEqual(new Set(['GR']));
  });

  test('Facebook: continuation rows take service, period and category from the row above', () => {
    const raw = rawTable(FACEBOOK_3);
    const be = raw.rows.find((r) => r[raw.at('Scope')] === 'BE') as string[];
    expect(be.slice(0, 5)).toEqual(['', '', '', '', '']);
    const row = orders(FACEBOOK_3).rows.find((r) => r.jurisdiction === 'BE' && r.reasonCode === 'TOTAL');
    expect(row).toMatchObject({
      service: 'Facebook',
      periodStart: '2025-07-01',
      periodEnd: '2025-12-31',
      role: 'figure',
    });
    expect(row?.requests).toBe(Number(be[raw.at('Number of orders to act against illegal content received')]));
  });

  test('Facebook: its TOTAL row gives 2,158 items, its Member States sum to 2,162: a warning with both and the lines', () => {
    const raw = rawOrders(FACEBOOK_3);
    const items = raw.at(
      'Number of specific items of information included in the total number of orders to act against illegal content',
    );
    const stateSum = raw.states.reduce((s, r) => s + Number((r.cells[items] as string).replace(/,/g, '')), 0);
    expect(stateSum).toBe(2162);
    const { warnings } = orders(FACEBOOK_3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^line 2: the TOTAL\/TOTAL row gives 2,158 for "Number of specific items.*lines 118–144\) sum to 2,162$/,
    );
  });

  test('a blank cell is null, a 0 is 0 (real cells)', () => {
    const raw = rawOrders(FACEBOOK_3);
    const effect = raw.at('Median time to give effect to the order to act against illegal content');
    const el = raw.states.find((r) => r.scope === 'EL') as { cells: string[] };
    const cz = raw.states.find((r) => r.scope === 'CZ') as { cells: string[] };
    expect([el.cells[effect], cz.cells[raw.at('Number of orders to act against illegal content received')]]).toEqual([
      '',
      '0',
    ]);
    const rows = orders(FACEBOOK_3).rows.filter((r) => r.role === 'figure');
    const gr = rows.find((r) => r.jurisdiction === 'GR');
    expect(gr?.measures.median_time_to_effect_act).toEqual({ value: null, unit: 'unstated' });
    expect(rows.find((r) => r.jurisdiction === 'CZ')?.requests).toBe(0);
    // TikTok leaves most keyword cells blank: requests null, not 0.
    const harm = orders(TIKTOK_3).rows.find((r) => r.reasonCode === 'KEYWORD_ANIMAL_HARM' && r.role === 'check');
    expect([harm?.requests, harm?.items]).toEqual([null, null]);
  });

  test('AliExpress: the template placeholder rows are skipped, counted in one warning', () => {
    const n = rawOrders(ALIEXPRESS_3).rows.filter((r) => r.scope === 'AT, [_], SE').length;
    expect(n).toBe(86);
    const { warnings, problems } = orders(ALIEXPRESS_3);
    expect(problems).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${n} placeholder rows with scope \`AT, [_], SE\` skipped`);
  });

  test('KEYWORD_OTHER keeps its code, takes its category into the label and reason', () => {
    const de = orders(ALIEXPRESS_3).rows.find((r) => r.jurisdiction === 'DE' && r.reasonCode === 'KEYWORD_OTHER');
    expect(de).toMatchObject({
      reasonLabel: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS / KEYWORD_OTHER',
      reason: 'regulated_goods',
      reasonLevel: 'keyword',
      role: 'breakdown',
    });
    expect(de?.measures.orders_to_provide_information?.value).toBe(19);
    const tiktok = orders(TIKTOK_3).rows.filter((r) => r.reasonCode === 'KEYWORD_OTHER' && r.jurisdiction === 'FR');
    expect(tiktok.length).toBeGreaterThan(5);
    expect(new Set(tiktok.map((r) => r.reasonLabel)).size).toBe(tiktok.length);
  });

  test('TikTok: the extra Category label column does not shift the figures', () => {
    const raw = rawOrders(TIKTOK_3);
    const de = raw.states.find((r) => r.scope === 'DE') as { cells: string[] };
    expect(orders(TIKTOK_3).rows.find((r) => r.role === 'figure' && r.jurisdiction === 'DE')?.requests).toBe(
      raw.orders(de.cells),
    );
  });
});

describe('section 3 variants of the real text', () => {
  const orderColumn = 'Number of orders to act against illegal content received';

  test('a bad number is a problem with its line and column', () => {
    const text = edit(ALIEXPRESS_3, 'TOTAL,,DE,108,', 'TOTAL,,DE,1O8,');
    expect(orders(text).problems).toEqual([
      { line: lineOf(ALIEXPRESS_3, 'TOTAL,,DE,108,'), path: orderColumn, message: '"1O8" is not a number' },
    ]);
  });

  test('a TOTAL/TOTAL row that disagrees with its Member States: a warning with both numbers', () => {
    const text = edit(ALIEXPRESS_3, 'TOTAL,,TOTAL,238,', 'TOTAL,,TOTAL,240,');
    const { warnings, problems } = orders(text);
    expect(problems).toEqual([]);
    expect(warnings).toContain(
      `line 2: the TOTAL/TOTAL row gives 240 for "${orderColumn}"; the 13 Member State TOTAL rows (lines 93–105) sum to 238`,
    );
  });

  test('an unknown category code: reason other and a warning naming it', () => {
    const text = ALIEXPRESS_3.replaceAll('STATEMENT_CATEGORY_SELF_HARM', 'STATEMENT_CATEGORY_MADE_UP');
    expect(text).not.toBe(ALIEXPRESS_3);
    const { rows, warnings, problems } = orders(text);
    expect(problems).toEqual([]);
    expect(rows.find((r) => r.reasonCode === 'STATEMENT_CATEGORY_MADE_UP')?.reason).toBe('other');
    expect(warnings.filter((w) => w.includes('STATEMENT_CATEGORY_MADE_UP'))).toHaveLength(2); // the code, and KEYWORD_OTHER under it
  });

  test('an unknown scope is a problem on the Scope column', () => {
    const text = edit(ALIEXPRESS_3, 'TOTAL,,DE,108,', 'TOTAL,,Germany,108,');
    const [problem, ...more] = orders(text).problems;
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ line: lineOf(ALIEXPRESS_3, 'TOTAL,,DE,108,'), path: 'Scope' });
  });

  test('a repeated row is a problem naming both lines', () => {
    const line = ALIEXPRESS_3.split('\r\n').find((l) => l.includes('TOTAL,,DE,108,')) as string;
    const text = `${ALIEXPRESS_3}\r\n${line}`;
    const last = text.split('\r\n').length;
    const { problems } = orders(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(last);
    expect(problems[0]?.message).toContain(`lines ${lineOf(ALIEXPRESS_3, 'TOTAL,,DE,108,')} and ${last}`);
  });

  test('two KEYWORD_OTHER rows under one category and scope are told apart by their descriptions', () => {
    const lines = TIKTOK_3.split('\r\n');
    const i = lines.findIndex((l) => l.includes('Category 1c,KEYWORD_OTHER'));
    const copy = (lines[i] as string).replace(/Environmental Crimes[^,"]*/, 'Poaching');
    expect(copy).not.toBe(lines[i]);
    const { rows, problems } = orders([...lines.slice(0, i + 1), copy, ...lines.slice(i + 1)].join('\r\n'));
    expect(problems).toEqual([]);
    const labels = rows.filter((r) => r.line === i + 1 || r.line === i + 2).map((r) => r.reasonLabel);
    expect(labels).toHaveLength(2);
    expect(labels[1]).toMatch(/^STATEMENT_CATEGORY_ANIMAL_WELFARE \/ KEYWORD_OTHER: .*Poaching/);
    expect(labels[0]).toMatch(/^STATEMENT_CATEGORY_ANIMAL_WELFARE \/ KEYWORD_OTHER: .*Environmental Crimes/);
  });

  test('a median is in hours when its contextual-information column says so', () => {
    const text = edit(
      ALIEXPRESS_3,
      'TOTAL,,TOTAL,238,1036,48,48,273,48,48,,,,,,,',
      'TOTAL,,TOTAL,238,1036,48,48,273,48,48,,,Within 48 hours,,,,',
    );
    const { rows } = orders(text);
    expect(new Set(rows.map((r) => r.measures.median_time_to_inform_act?.unit))).toEqual(new Set(['hours']));
    expect(new Set(rows.map((r) => r.measures.median_time_to_effect_act?.unit))).toEqual(new Set(['unstated']));
  });
});

const SCOPE_MEASURES: Record<string, PublishedMeasure> = {
  'Total number': 'complaints_submitted',
  'Decisions upheld': 'decisions_upheld',
  'Decisions partially reversed': 'decisions_partially_reversed',
  'Decisions reversed': 'decisions_reversed',
  'Median time': 'median_time_to_decision',
  'Decision omitted': 'decisions_omitted',
  'Percentage of outcomes implemented': 'pct_outcomes_implemented',
};

describe.each(Object.entries(SECTION_7))('section 7, %s', (publisher, text) => {
  const parsed = complaints(text);
  const raw = rawTable(text);
  const [section, indicator, scope, value] = [raw.at('Section'), raw.at('Indicator'), raw.at('Scope'), raw.at('Value')];
  const recidivism = raw.rows.filter((r) => (r[section] as string).startsWith('Suspensions'));
  const kept = raw.rows.filter((r) => !recidivism.includes(r));

  test('one EU figure row per section and indicator, every value as written', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.publisher).toBe(publisher === 'facebook' ? 'meta' : publisher);
    const groups = new Set(kept.map((r) => `${r[section]}|${(r[indicator] as string).trim()}`));
    expect(parsed.rows).toHaveLength(groups.size);
    for (const r of kept) {
      const row = parsed.rows.find((p) => p.section === r[section] && p.indicator === (r[indicator] as string).trim());
      const written = (r[value] as string).replace(/,/g, '');
      const measure = SCOPE_MEASURES[r[scope] as string] as PublishedMeasure;
      expect(row?.measures[measure]?.value, `${r[indicator]} ${r[scope]}`).toBe(
        written === '' ? null : Number(written),
      );
    }
    for (const row of parsed.rows) {
      expect(row).toMatchObject({ role: 'figure', jurisdiction: 'EU', jurisdictionLabel: 'EU', requests: null });
      expect(isPublishedJurisdiction(row.jurisdiction)).toBe(true);
    }
  });

  test('the recidivism rows are left out with one warning', () => {
    expect(recidivism).toHaveLength(3);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toContain(`${recidivism.length} recidivism rows not imported (not complaint figures)`);
  });
});

describe('section 7 specifics', () => {
  const first = (text: string) => complaints(text).rows[0] as PublishedRow;

  test('Facebook: complaints 6,636,461 of which 4,637,640 upheld, 1,998,821 reversed, partially reversed blank', () => {
    const { measures, indicator } = first(SECTION_7.facebook);
    expect(indicator).toBe('Number of complaints submitted to the internal-complaints mechanism');
    expect(measures.complaints_submitted?.value).toBe(6636461);
    expect(measures.decisions_upheld?.value).toBe(4637640);
    expect(measures.decisions_reversed?.value).toBe(1998821);
    expect(measures.decisions_partially_reversed).toEqual({ value: null, unit: 'count' });
    expect(measures.median_time_to_decision?.unit).toBe('unstated');
    const disputes = complaints(SECTION_7.facebook).rows.find(
      (r) => r.section === 'Out-of-court dispute settlement bodies',
    );
    expect(disputes?.measures.pct_outcomes_implemented).toEqual({ value: 0.02, unit: 'unstated' });
  });

  test('Pinterest: "The median time is indicated in hours." makes the median hours', () => {
    expect(SECTION_7.pinterest).toContain('The median time is indicated in hours.');
    expect(first(SECTION_7.pinterest).measures.median_time_to_decision).toEqual({ value: 7.29, unit: 'hours' });
  });

  test('an unknown Scope label is a problem with its line and column', () => {
    const text = edit(SECTION_7.aliexpress, ',Decisions reversed,27369,', ',Decisions overturned,27369,');
    expect(complaints(text).problems).toEqual([
      {
        line: lineOf(SECTION_7.aliexpress, ',Decisions reversed,27369,'),
        path: 'Scope',
        message: '"Decisions overturned" is not a Scope of the template\'s section 7',
      },
    ]);
  });

  test('a bad value is a problem with its line and column', () => {
    const text = edit(SECTION_7.aliexpress, ',Total number,130517,', ',Total number,13O517,');
    expect(complaints(text).problems).toEqual([{ line: 2, path: 'Value', message: '"13O517" is not a number' }]);
  });

  test('an indicator repeated verbatim in a later group is a row of its own', () => {
    const lines = SECTION_7.aliexpress.split('\r\n');
    const group = lines.filter((l) => l.includes('suspend or terminate the provision of the service'));
    expect(group).toHaveLength(5);
    const at = lines.findIndex((l) => l.includes('Suspensions imposed'));
    const { rows, problems } = complaints([...lines.slice(0, at), ...group, ...lines.slice(at)].join('\r\n'));
    expect(problems).toEqual([]);
    const same = rows.filter((r) =>
      r.indicator?.startsWith('Complaint regarding a decision to suspend or terminate the pro'),
    );
    expect(same.map((r) => r.measures.complaints_submitted?.value)).toEqual([76, 76]);
    expect(new Set(rows.map(identity)).size).toBe(rows.length);
  });
});
