/** Date-range presets of the filter bar, computed from a given "today" so they can be tested. */
import { shiftDay } from '../../../shared/periods.ts';

export interface PeriodPreset {
  id: string;
  label: string;
  from?: string;
  to?: string;
}

export function periodPresets(today: string, firstYear = 2015): PeriodPreset[] {
  const year = Number(today.slice(0, 4));
  const presets: PeriodPreset[] = [
    { id: 'all', label: 'All time' },
    { id: '12m', label: 'Last 12 months', from: shiftDay(today, -364), to: today },
    { id: '3y', label: 'Last 3 years', from: `${year - 3}${today.slice(4)}`, to: today },
    { id: 'ytd', label: `${year} so far`, from: `${year}-01-01`, to: today },
  ];
  for (let y = year - 1; y >= firstYear; y--)
    presets.push({ id: String(y), label: String(y), from: `${y}-01-01`, to: `${y}-12-31` });
  return presets;
}

/** The preset a range matches exactly, or "custom". */
export function presetOf(presets: PeriodPreset[], from?: string, to?: string): string {
  return presets.find((p) => p.from === from && p.to === to)?.id ?? 'custom';
}
