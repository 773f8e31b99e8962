/**
 * DSA template section 7 (internal complaints, out-of-court disputes) → one `figure` row per
 * (Section, Indicator) group of consecutive rows, its Scope rows as measures. The recidivism
 * groups count suspensions, not complaints: they are left out, with a warning.
 */
import type { Problem } from '../../../shared/problems.ts';
import type { MeasureUnit, PublishedMeasure } from '../../../shared/published.ts';
import { headerKey, readNumber } from './cells.ts';
import { type Column, findColumns, PublisherOfFile, readPeriod } from './dsa-services.ts';
import type { ParsedFile, Parser, PublishedRow } from './types.ts';

const SCOPES: Record<string, PublishedMeasure> = {
  'total number': 'complaints_submitted',
  'decisions upheld': 'decisions_upheld',
  'decisions partially reversed': 'decisions_partially_reversed',
  'decisions reversed': 'decisions_reversed',
  'decision omitted': 'decisions_omitted',
  'decisions omitted': 'decisions_omitted',
  'median time': 'median_time_to_decision',
  'percentage of outcomes implemented': 'pct_outcomes_implemented',
};
const WANTED = {
  service: 'service',
  period: 'reporting period',
  section: 'section',
  indicator: 'indicator',
  scope: 'scope',
  value: 'value',
  context: 'contextual information',
};
type Field = keyof typeof WANTED;
const REQUIRED: Field[] = ['service', 'period', 'section', 'indicator', 'scope', 'value'];
const isRecidivism = (section: string) => /repeated offenders|^suspensions/.test(headerKey(section));

/** A median's unit is known only when its note says so; Facebook's 0.02 "percentage" may be a fraction. */
function unitOf(measure: PublishedMeasure, note: string): MeasureUnit {
  if (measure === 'median_time_to_decision') return /\bhours?\b/i.test(note) ? 'hours' : 'unstated';
  return measure === 'pct_outcomes_implemented' ? 'unstated' : 'count';
}

export const parseDsaComplaints: Parser = (records) => {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const rows: PublishedRow[] = [];
  const publisher = new PublisherOfFile(problems);
  const result = (): ParsedFile => {
    const format = 'dsa-complaints';
    return { format, publisher: publisher.publisher ?? 'unknown', rows, problems, warnings };
  };
  const [header, ...body] = records;
  const columns = header && findColumns(header, WANTED, REQUIRED, problems);
  if (!columns) return result();
  const col = (f: Field) => columns[f] as Column;
  /** Groups seen per section + indicator: an indicator repeated verbatim is told apart by its position. */
  const occurrences = new Map<string, number>();
  const scopeLines = new Map<PublishedMeasure, number>();
  let group: { key: string; row: PublishedRow | undefined } | undefined;
  let recidivism = 0;

  for (const { line, cells } of body) {
    const cell = (f: Field) => (columns[f] ? (cells[col(f).index] ?? '').trim() : '');
    const [service, section, indicator, scope] = [cell('service'), cell('section'), cell('indicator'), cell('scope')];
    if (isRecidivism(section)) {
      recidivism++;
      group = undefined;
      continue;
    }
    const key = [service, cell('period'), section, indicator].join('\u0000');
    if (key !== group?.key) {
      group = { key, row: undefined };
      scopeLines.clear();
      if (!service) problems.push({ line, path: col('service').name, message: 'no service' });
      if (!section || !indicator)
        problems.push({ line, path: col(section ? 'indicator' : 'section').name, message: 'no section or indicator' });
      const period = readPeriod(cell('period'), { line, column: col('period').name }, problems);
      const slugs = service ? publisher.add(service, line, col('service').name) : undefined;
      const identity = `${section}\u0000${indicator}`;
      const nth = (occurrences.get(identity) ?? 0) + 1;
      occurrences.set(identity, nth);
      if (period && slugs && section && indicator) {
        group.row = {
          line,
          role: 'figure',
          platform: slugs.platform,
          service,
          jurisdiction: 'EU',
          jurisdictionLabel: 'EU',
          periodStart: period.start,
          periodEnd: period.end,
          requesterKind: null,
          requesterLabel: null,
          reason: null,
          reasonLabel: null,
          reasonCode: null,
          reasonLevel: null,
          product: null,
          section,
          // Verbatim, except a repeat of the same indicator, which needs its own identity.
          indicator: nth === 1 ? indicator : `${indicator} (#${nth})`,
          requests: null,
          items: null,
          measures: {},
        };
        rows.push(group.row);
      }
    }

    const measure = SCOPES[headerKey(scope)];
    if (!measure) {
      problems.push({
        line,
        path: col('scope').name,
        message: `"${scope}" is not a Scope of the template's section 7`,
      });
      continue;
    }
    const first = scopeLines.get(measure);
    if (first !== undefined)
      problems.push({
        line,
        path: col('scope').name,
        message: `"${scope}" repeats line ${first} in the same indicator`,
      });
    scopeLines.set(measure, line);
    const n = readNumber(cells[col('value').index], { line, column: col('value').name }, problems, {
      integer: unitOf(measure, '') === 'count',
      percent: measure === 'pct_outcomes_implemented',
    });
    if (n.annotation) warnings.push(`line ${line}: "${col('value').name}" is "${cell('value')}"; kept ${n.value}`);
    if (group.row) group.row.measures[measure] = { value: n.value, unit: unitOf(measure, cell('context')) };
  }
  if (recidivism)
    warnings.push(
      `${recidivism} recidivism rows not imported (not complaint figures): "Suspensions imposed on repeated offenders"`,
    );
  return result();
};
