/** Axis and tooltip formatters shared by the Recharts charts. */
import { formatCount } from '../../../shared/format.ts';

export const countTick = (v: number) => (v >= 10_000 ? `${Math.round(v / 1000)}k` : formatCount(v));
export const percentTick = (v: number) => `${v}%`;
export const countTooltip = (v: unknown) => (typeof v === 'number' ? formatCount(v) : '—');
export const percentTooltip = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '— (nothing decided)');
export const AXIS = { fontSize: 12, fill: '#444' };
