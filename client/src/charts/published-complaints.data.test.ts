import { describe, expect, test } from 'vitest';
import type { PublishedRowOut } from '../../../shared/published.ts';
import { complaintsChartData, serviceComplaints } from './published-complaints.data.ts';

let id = 0;
function row(patch: Partial<PublishedRowOut>): PublishedRowOut {
  return {
    id: ++id,
    publisher: 'meta',
    format: 'dsa-orders',
    role: 'figure',
    platform: 'facebook',
    service: 'Facebook',
    jurisdiction: 'DE',
    jurisdictionLabel: 'DE',
    periodStart: '2025-07-01',
    periodEnd: '2025-12-31',
    requesterKind: null,
    requesterLabel: null,
    reason: null,
    reasonLabel: null,
    reasonCode: 'TOTAL',
    product: null,
    section: null,
    indicator: null,
    requests: null,
    items: null,
    measures: {},
    ...patch,
  };
}

const INTERNAL = 'Internal complaints mechanism';
const HEADLINE = 'Number of complaints submitted to the internal-complaints mechanism';
const c = (platform: string, indicator: string, measures: PublishedRowOut['measures'], section = INTERNAL) =>
  row({
    format: 'dsa-complaints',
    platform,
    service: platform.toUpperCase(),
    jurisdiction: 'EU',
    section,
    indicator,
    measures,
  });
const n = (value: number | null) => ({ value, unit: 'count' as const });

describe('serviceComplaints', () => {
  const rows = [
    c('x', HEADLINE, { complaints_submitted: n(100), decisions_upheld: n(30), decisions_reversed: n(10) }),
    // One row per scope, as a long file gives them: merged into one set of figures.
    c('x', HEADLINE, { decisions_omitted: n(60), median_time_to_decision: { value: 104, unit: 'unstated' } }),
    c('x', 'Complaint regarding a decision to suspend or terminate an account', { complaints_submitted: n(90) }),
    c(
      'x',
      'Number of disputes submitted to out-of-court dispute settlement bodies',
      { complaints_submitted: n(16), decisions_reversed: n(11) },
      'Out-of-court dispute settlement bodies',
    ),
    c('tiktok', HEADLINE, {
      complaints_submitted: n(1000),
      decisions_upheld: n(500),
      decisions_reversed: n(500),
      decisions_partially_reversed: n(null),
    }),
  ];
  test('the headline row per service, largest first, with its out-of-court disputes', () => {
    const services = serviceComplaints(rows);
    expect(services.map((s) => s.platform)).toEqual(['tiktok', 'x']);
    expect(services[1]).toMatchObject({
      submitted: 100,
      upheld: 30,
      reversed: 10,
      omitted: 60,
      median: { value: 104, unit: 'unstated' },
      disputes: { submitted: 16, reversed: 11 },
    });
    expect(services[0]?.partiallyReversed).toBeNull();
    expect(services[0]?.disputes).toBeNull();
  });
  test('bars are shares of complaints submitted; the table keeps counts and the unit of the median', () => {
    const data = complaintsChartData(serviceComplaints(rows));
    expect(data.bars[1]).toEqual({ key: 'x', name: 'X', upheld: 30, reversed: 10, partiallyReversed: 0, omitted: 60 });
    expect(data.table.rows[1]).toMatchObject({
      submitted: 100,
      reversedShare: 10,
      median: '104 (unit not stated)',
      disputes: 16,
    });
    expect(data.submitted).toBe(1100);
  });
});
