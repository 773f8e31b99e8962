/** DSA section 7: complaint outcomes per service (internal complaints; out-of-court disputes beside them). */

import type { MeasureUnit, PublishedMeasure, PublishedRowOut } from '../../../shared/published.ts';
import { formatMeasure } from '../../../shared/published-metrics.ts';
import type { DataTable, Row } from './export/csv.ts';
import { APPEAL_COLOURS } from './palette.ts';
import { countCell, serviceName, shareCell } from './published-common.data.ts';
import type { SeriesKey } from './volume.data.ts';

type Measures = PublishedRowOut['measures'];

export interface ComplaintFigures {
  submitted: number | null;
  upheld: number | null;
  reversed: number | null;
  partiallyReversed: number | null;
  omitted: number | null;
  median: { value: number | null; unit: MeasureUnit } | null;
}

export interface ServiceComplaints extends ComplaintFigures {
  platform: string;
  service: string;
  disputes: ComplaintFigures | null;
}

/** The outcomes drawn, in the appeal colours of our own funnel; omitted in the "withdrawn" grey. */
export const COMPLAINT_KEYS: SeriesKey[] = [
  { key: 'upheld', label: 'Upheld', colour: APPEAL_COLOURS.upheld as string },
  { key: 'reversed', label: 'Reversed', colour: APPEAL_COLOURS.reversed as string },
  { key: 'partiallyReversed', label: 'Partially reversed', colour: APPEAL_COLOURS.partially_reversed as string },
  { key: 'omitted', label: 'Decision omitted', colour: APPEAL_COLOURS.withdrawn as string },
];

/** One indicator's measures, whether the file gave them on one row or one row per scope. */
function merged(rows: PublishedRowOut[]): Measures {
  const out: Measures = {};
  for (const r of rows)
    for (const [m, v] of Object.entries(r.measures) as [
      PublishedMeasure,
      { value: number | null; unit: MeasureUnit },
    ][])
      if (out[m]?.value == null) out[m] = v;
  return out;
}

function figures(rows: PublishedRowOut[]): ComplaintFigures | null {
  if (rows.length === 0) return null;
  const m = merged(rows);
  const value = (k: PublishedMeasure) => m[k]?.value ?? null;
  return {
    submitted: value('complaints_submitted') ?? rows.find((r) => r.requests !== null)?.requests ?? null,
    upheld: value('decisions_upheld'),
    reversed: value('decisions_reversed'),
    partiallyReversed: value('decisions_partially_reversed'),
    omitted: value('decisions_omitted'),
    median: m.median_time_to_decision ?? null,
  };
}

const internal = (r: PublishedRowOut) =>
  /internal.complaint/i.test(r.section ?? '') && /^number of complaints/i.test(r.indicator ?? '');
const outOfCourt = (r: PublishedRowOut) => /out-of-court/i.test(`${r.section ?? ''} ${r.indicator ?? ''}`);

/** Per service: the headline complaints row (all complaints), and the out-of-court disputes row. */
export function serviceComplaints(rows: PublishedRowOut[]): ServiceComplaints[] {
  const platforms = [...new Set(rows.map((r) => r.platform))];
  const out: ServiceComplaints[] = [];
  for (const platform of platforms) {
    const mine = rows.filter((r) => r.platform === platform);
    const main = figures(mine.filter(internal));
    if (!main) continue;
    // The catalogue's spelling (“AliExpress”), not each file's (“Aliexpress”).
    const service = serviceName(platform);
    out.push({ platform, service, ...main, disputes: figures(mine.filter(outOfCourt)) });
  }
  return out.sort((a, b) => (b.submitted ?? 0) - (a.submitted ?? 0) || a.platform.localeCompare(b.platform));
}

const pct = (part: number | null, whole: number | null) => (whole ? ((part ?? 0) / whole) * 100 : 0);

export function complaintsChartData(services: ServiceComplaints[]) {
  const bars: Row[] = services.map((s) => ({
    key: s.platform,
    name: s.service,
    upheld: pct(s.upheld, s.submitted),
    reversed: pct(s.reversed, s.submitted),
    partiallyReversed: pct(s.partiallyReversed, s.submitted),
    omitted: pct(s.omitted, s.submitted),
  }));
  const table: DataTable = {
    columns: [
      { key: 'service', label: 'Service' },
      { key: 'submitted', label: 'Complaints submitted', format: countCell },
      ...COMPLAINT_KEYS.map((k) => ({ key: k.key, label: k.label, format: countCell })),
      { key: 'reversedShare', label: 'Reversed, fully or in part (% of submitted)', format: shareCell },
      { key: 'median', label: 'Median time to a decision' },
      { key: 'disputes', label: 'Out-of-court disputes submitted', format: countCell },
      { key: 'disputesReversed', label: 'Disputes: reversed', format: countCell },
    ],
    rows: services.map((s) => ({
      service: s.service,
      submitted: s.submitted,
      upheld: s.upheld,
      reversed: s.reversed,
      partiallyReversed: s.partiallyReversed,
      omitted: s.omitted,
      reversedShare: s.submitted ? pct((s.reversed ?? 0) + (s.partiallyReversed ?? 0), s.submitted) : null,
      median: formatMeasure(s.median?.value, s.median?.unit),
      disputes: s.disputes?.submitted ?? null,
      disputesReversed: s.disputes?.reversed ?? null,
    })),
  };
  return { bars, table, submitted: services.reduce((n, s) => n + (s.submitted ?? 0), 0) };
}
