/** Published rows and their measures → the wire shape (one mapper for every read that lists rows). */

import type { Selectable } from 'kysely';
import type { LegalCategory } from '../../../shared/enums.ts';
import type {
  MeasureUnit,
  PublishedFormat,
  PublishedMeasure,
  PublishedRole,
  PublishedRowOut,
  RequesterKind,
} from '../../../shared/published.ts';
import type { PublishedStatsTable } from '../../db/schema.ts';

export function toRowOut(
  rows: Selectable<PublishedStatsTable>[],
  measures: { stat_id: number; measure: string; value: number | null; unit: string }[],
): PublishedRowOut[] {
  const byStat = new Map<number, PublishedRowOut['measures']>();
  for (const m of measures) {
    const into = byStat.get(m.stat_id) ?? {};
    into[m.measure as PublishedMeasure] = {
      value: m.value === null ? null : Number(m.value),
      unit: m.unit as MeasureUnit,
    };
    byStat.set(m.stat_id, into);
  }
  return rows.map((r) => ({
    id: r.id,
    publisher: r.publisher,
    format: r.format as PublishedFormat,
    role: r.role as PublishedRole,
    platform: r.platform,
    service: r.service,
    jurisdiction: r.jurisdiction,
    jurisdictionLabel: r.jurisdiction_label,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    requesterKind: r.requester_kind as RequesterKind | null,
    requesterLabel: r.requester_label,
    reason: r.reason as LegalCategory | null,
    reasonLabel: r.reason_label,
    reasonCode: r.reason_code,
    product: r.product,
    section: r.section,
    indicator: r.indicator,
    requests: r.requests,
    items: r.items,
    measures: byStat.get(r.id) ?? {},
  }));
}
