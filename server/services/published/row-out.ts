/** Published rows and their measures → the wire shape (one mapper for every read that lists rows). */

import type { LegalCategory } from '../../../shared/enums.ts';
import type {
  MeasureUnit,
  PublishedFormat,
  PublishedMeasure,
  PublishedRole,
  PublishedRowOut,
  RequesterKind,
} from '../../../shared/published.ts';
import type { RowOutRow } from '../../queries/published/read.ts';

type Intern = <T extends string | null>(text: T) => T;
const asRead: Intern = (text) => text;

/**
 * One instance of each distinct string, for rows kept in memory: the driver returns a new string per
 * cell, and the snapshot's ~30,000 rows repeat a few hundred values (`google` ~50,000 times).
 */
export function stringPool(): Intern {
  const pool = new Map<string, string>();
  return (text) => {
    if (text === null) return text;
    const known = pool.get(text);
    if (known !== undefined) return known as typeof text;
    pool.set(text, text);
    return text;
  };
}

export function toRowOut(
  rows: RowOutRow[],
  measures: { stat_id: number; measure: string; value: number | null; unit: string }[],
  intern: Intern = asRead,
): PublishedRowOut[] {
  const byStat = new Map<number, PublishedRowOut['measures']>();
  for (const m of measures) {
    const into = byStat.get(m.stat_id) ?? {};
    into[m.measure as PublishedMeasure] = {
      value: m.value === null ? null : Number(m.value),
      unit: intern(m.unit) as MeasureUnit,
    };
    byStat.set(m.stat_id, into);
  }
  return rows.map((r) => ({
    id: r.id,
    publisher: intern(r.publisher),
    format: intern(r.format) as PublishedFormat,
    role: intern(r.role) as PublishedRole,
    platform: intern(r.platform),
    service: intern(r.service),
    jurisdiction: intern(r.jurisdiction),
    jurisdictionLabel: intern(r.jurisdiction_label),
    periodStart: intern(r.period_start),
    periodEnd: intern(r.period_end),
    requesterKind: intern(r.requester_kind) as RequesterKind | null,
    requesterLabel: intern(r.requester_label),
    reason: intern(r.reason) as LegalCategory | null,
    reasonLabel: intern(r.reason_label),
    reasonCode: intern(r.reason_code),
    product: intern(r.product),
    section: intern(r.section),
    indicator: intern(r.indicator),
    requests: r.requests,
    items: r.items,
    measures: byStat.get(r.id) ?? {},
  }));
}
