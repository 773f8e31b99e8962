/**
 * DSA template section 3 (orders from Member State authorities) → one row per scope × code.
 * Member State rows of category TOTAL are the figures, their per-category rows breakdowns, and
 * the `TOTAL` scope rows the publisher's own totals (checks, compared with the figures).
 */
import type { Problem } from '../../../shared/problems.ts';
import type { MeasureUnit, PublishedMeasure } from '../../../shared/published.ts';
import { readNumber } from './cells.ts';
import { dsaReason, isOtherKeyword } from './dsa-categories.ts';
import { type Column, describeLines, findColumns, PublisherOfFile, readPeriod } from './dsa-services.ts';
import { jurisdictionFromCode } from './jurisdictions.ts';
import type { CsvRecord, ParsedFile, Parser, PublishedRow } from './types.ts';

const ACT = 'the order to act against illegal content';
const INFO = 'the order to provide information';
const MEASURES: [PublishedMeasure, string][] = [
  ['orders_to_act', 'number of orders to act against illegal content received'],
  [
    'items_in_orders_to_act',
    'number of specific items of information included in the total number of orders to act against illegal content',
  ],
  ['median_time_to_inform_act', `median time to inform the authority of the receipt of ${ACT}`],
  ['median_time_to_effect_act', `median time to give effect to ${ACT}`],
  ['orders_to_provide_information', 'number of orders to provide information'],
  ['median_time_to_inform_information', `median time to inform the authority of the receipt of ${INFO}`],
  ['median_time_to_effect_information', `median time to give effect to ${INFO}`],
];
const WANTED: Record<string, string | ((key: string) => boolean)> = {
  service: 'service',
  period: 'reporting period',
  code: 'category of illegal content',
  description: (key) => key.startsWith('description of the sub-category'),
  scope: 'scope',
  ...Object.fromEntries(
    MEASURES.flatMap(([m, h]) => [[m, h] as const, [`context ${m}`, `contextual information on ${h}`]]),
  ),
};
const REQUIRED = ['service', 'period', 'code', 'scope', 'orders_to_act', 'items_in_orders_to_act'];
const isTime = (m: PublishedMeasure) => m.startsWith('median_');
/** The template's example scope, exported unfilled by some publishers (AliExpress). */
const isPlaceholder = (scope: string) => scope.includes('[_]');

type Columns = Partial<Record<string, Column>>;

/** The template asks for hours, but only a contextual note saying so makes a median's unit known. */
function timeUnits(body: CsvRecord[], columns: Columns): Partial<Record<PublishedMeasure, MeasureUnit>> {
  const units: Partial<Record<PublishedMeasure, MeasureUnit>> = {};
  for (const [m] of MEASURES.filter(([m]) => isTime(m))) {
    const note = columns[`context ${m}`];
    units[m] = note && body.some((r) => /\bhours?\b/i.test(r.cells[note.index] ?? '')) ? 'hours' : 'unstated';
  }
  return units;
}

const identity = (r: PublishedRow) => [r.periodStart, r.periodEnd, r.jurisdiction, r.reasonLabel].join(' ');

/**
 * Rows must differ in period, scope and code path; where a file lists the same code twice under
 * one category and scope (several "Other" sub-categories), their descriptions tell them apart.
 */
function disambiguate(rows: PublishedRow[], descriptions: Map<PublishedRow, string>, problems: Problem[]): void {
  const byIdentity = new Map<string, PublishedRow[]>();
  for (const r of rows) byIdentity.set(identity(r), [...(byIdentity.get(identity(r)) ?? []), r]);
  for (const same of byIdentity.values()) {
    if (same.length < 2) continue;
    for (const r of same) if (descriptions.get(r)) r.reasonLabel = `${r.reasonLabel}: ${descriptions.get(r)}`;
  }
  const seen = new Map<string, number>();
  for (const r of rows) {
    const first = seen.get(identity(r));
    if (first === undefined) seen.set(identity(r), r.line);
    else
      problems.push({
        line: r.line,
        path: '',
        message: `lines ${first} and ${r.line} give the same figure (${r.periodStart}/${r.periodEnd}, ${r.jurisdictionLabel}, ${r.reasonLabel})`,
      });
  }
}

/** Each period's TOTAL/TOTAL row against the sum of its Member State TOTAL rows (the figures). */
function checkTotals(rows: PublishedRow[], names: [string, string], warnings: string[]): void {
  const figures = rows.filter((r) => r.role === 'figure');
  for (const total of rows.filter((r) => r.role === 'check' && r.reasonLevel === 'total')) {
    const mine = figures.filter((r) => r.periodStart === total.periodStart && r.periodEnd === total.periodEnd);
    for (const [field, name] of [['requests', names[0]] as const, ['items', names[1]] as const]) {
      const given = total[field];
      const values = mine.flatMap((r) => (r[field] === null ? [] : [r[field]]));
      const sum = values.reduce((a, b) => a + b, 0);
      if (given === null || values.length === 0 || sum === given) continue;
      warnings.push(
        `line ${total.line}: the TOTAL/TOTAL row gives ${given.toLocaleString('en')} for "${name}"; ` +
          `the ${mine.length} Member State TOTAL rows (lines ${describeLines(mine.map((r) => r.line))}) sum to ${sum.toLocaleString('en')}`,
      );
    }
  }
}

export const parseDsaOrders: Parser = (records) => {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const rows: PublishedRow[] = [];
  const publisher = new PublisherOfFile(problems);
  const result = (): ParsedFile => {
    const format = 'dsa-orders';
    return { format, publisher: publisher.publisher ?? 'unknown', rows, problems, warnings };
  };
  const [header, ...body] = records;
  const columns = header && findColumns(header, WANTED, REQUIRED, problems);
  if (!columns) return result();
  const col = (f: string) => columns[f] as Column;
  const units = timeUnits(body, columns);
  const scopeAt = col('scope').index;
  const descriptions = new Map<PublishedRow, string>();
  const unknown = new Map<string, number[]>();
  const placeholders = new Map<string, number>();
  let above: string[] | undefined;
  let parent: string | null = null;

  for (const { line, cells: written } of body) {
    // Facebook's merged cells: a continuation row leaves every column before Scope blank.
    let cells = written;
    if (written.slice(0, scopeAt).every((c) => c.trim() === '')) {
      if (above) cells = [...above, ...written.slice(scopeAt)];
      else problems.push({ line, path: '', message: 'the columns before Scope are blank and no row above gives them' });
    }
    above = cells.slice(0, scopeAt);
    const cell = (f: string) => (columns[f] ? (cells[col(f).index] ?? '').replace(/\s+/g, ' ').trim() : '');
    const [service, code, scope] = [cell('service'), cell('code'), cell('scope')];
    const level = code === 'TOTAL' ? 'total' : code.startsWith('KEYWORD_') ? 'keyword' : 'category';
    if (level !== 'keyword') parent = level === 'category' ? code : null;

    const measures: PublishedRow['measures'] = {};
    for (const [m] of MEASURES) {
      const c = columns[m];
      if (!c) continue;
      const n = readNumber(cells[c.index], { line, column: c.name }, problems, { integer: !isTime(m) });
      if (n.annotation) warnings.push(`line ${line}: "${c.name}" is "${cells[c.index]}"; kept ${n.value}`);
      measures[m] = { value: n.value, unit: isTime(m) ? (units[m] as MeasureUnit) : 'count' };
    }
    if (isPlaceholder(scope)) {
      if (Object.values(measures).every((v) => !v.value)) placeholders.set(scope, (placeholders.get(scope) ?? 0) + 1);
      else problems.push({ line, path: col('scope').name, message: `"${scope}" is the template's placeholder scope` });
      continue;
    }
    const slugs = service ? publisher.add(service, line, col('service').name) : undefined;
    if (!service) problems.push({ line, path: col('service').name, message: 'no service' });
    if (!code) problems.push({ line, path: col('code').name, message: 'no category code' });
    const period = readPeriod(cell('period'), { line, column: col('period').name }, problems);
    const total = scope.toUpperCase() === 'TOTAL';
    const jurisdiction = total ? 'EU' : jurisdictionFromCode(scope);
    if (!jurisdiction)
      problems.push({ line, path: col('scope').name, message: `"${scope}" is neither TOTAL nor a Member State code` });
    if (!slugs || !code || !period || !jurisdiction) continue;

    let reason = dsaReason(code, parent);
    if (reason === undefined) {
      const name = isOtherKeyword(code) ? `${code} (under ${parent ?? 'no category'})` : code;
      unknown.set(name, [...(unknown.get(name) ?? []), line]);
      reason = 'other';
    }
    const row: PublishedRow = {
      line,
      role: total ? 'check' : level === 'total' ? 'figure' : 'breakdown',
      platform: slugs.platform,
      service,
      jurisdiction,
      jurisdictionLabel: scope,
      periodStart: period.start,
      periodEnd: period.end,
      requesterKind: 'unspecified',
      requesterLabel: 'Member State authority',
      reason,
      // Keywords carry their category: KEYWORD_OTHER recurs under each one.
      reasonLabel: level === 'keyword' && parent ? `${parent} / ${code}` : code,
      reasonCode: code,
      reasonLevel: level,
      product: null,
      section: null,
      indicator: null,
      requests: measures.orders_to_act?.value ?? null,
      items: measures.items_in_orders_to_act?.value ?? null,
      measures,
    };
    rows.push(row);
    descriptions.set(row, cell('description'));
  }

  for (const [name, lines] of unknown)
    warnings.push(
      `"${name}" (lines ${describeLines(lines)}) is not a code of the DSA statement-of-reasons taxonomy: stored as reason "other"`,
    );
  for (const [scope, n] of placeholders)
    warnings.push(`${n} placeholder rows with scope \`${scope}\` skipped (the template's example rows, all zero)`);
  disambiguate(rows, descriptions, problems);
  checkTotals(rows, [col('orders_to_act').name, col('items_in_orders_to_act').name], warnings);
  return result();
};
