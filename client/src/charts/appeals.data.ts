/** Appeal funnel and appeal outcomes over time. */
import { formatCount, formatRate } from '../../../shared/format.ts';
import type { AppealsStats } from '../../../shared/stats.ts';
import type { DataTable } from './export/csv.ts';

export interface FunnelStep {
  key: keyof AppealsStats['funnel'];
  label: string;
  count: number;
  /** Share of the step before (null for the first step, or when the step before is zero). */
  ofPrevious: number | null;
}

const LABELS: Record<FunnelStep['key'], string> = {
  items: 'Items reported',
  actioned: 'Actioned (removed or restricted)',
  appealed: 'Appealed',
  decided: 'Appeal decided',
  reversed: 'Reversed (fully or in part)',
};

export function funnelSteps(funnel: AppealsStats['funnel']): FunnelStep[] {
  const order: FunnelStep['key'][] = ['items', 'actioned', 'appealed', 'decided', 'reversed'];
  return order.map((key, i) => {
    const before = i === 0 ? null : funnel[order[i - 1] as FunnelStep['key']];
    return {
      key,
      label: LABELS[key],
      count: funnel[key],
      ofPrevious: before === null || before === 0 ? null : funnel[key] / before,
    };
  });
}

export function funnelTable(steps: FunnelStep[]): DataTable {
  return {
    columns: [
      { key: 'step', label: 'Step' },
      { key: 'count', label: 'Items', format: (v) => (typeof v === 'number' ? formatCount(v) : '—') },
      {
        key: 'ofPrevious',
        label: 'Share of the step before',
        format: (v) => formatRate(typeof v === 'number' ? v : null),
      },
    ],
    rows: steps.map((s) => ({ step: s.key, count: s.count, ofPrevious: s.ofPrevious })),
  };
}

/** Per period: decided appeals split into reversed and not reversed (upheld), stacking to all decided. */
export function appealSeries(series: AppealsStats['series']) {
  const rows = series.map((p) => ({
    period: p.period,
    reversed: p.reversed,
    upheld: p.decided - p.reversed,
    appeals: p.appeals,
    decided: p.decided,
    reversalRate: p.reversalRate,
  }));
  const table: DataTable = {
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'appeals', label: 'Appeals filed' },
      { key: 'decided', label: 'Appeals decided' },
      { key: 'reversed', label: 'Reversed' },
      { key: 'reversalRate', label: 'Reversal rate', format: (v) => formatRate(typeof v === 'number' ? v : null) },
    ],
    rows: series.map((p) => ({ ...p })),
  };
  return { rows, table, decided: series.reduce((s, p) => s + p.decided, 0) };
}
