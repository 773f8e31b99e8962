/** The view's filters as one sentence, for print headers and export footers ("Kazakhstan · Facebook · 2021-11 to 2023-12"). */
import { type DashboardSearch, LIST_FILTER_KEYS, type ListFilterKey } from '../../../shared/dashboard-search.ts';

export function describeView(
  search: DashboardSearch,
  label: (key: ListFilterKey, value: string | number) => string,
): string {
  const parts: string[] = [];
  for (const key of LIST_FILTER_KEYS) {
    const values = search[key] as (string | number)[] | undefined;
    if (values?.length) parts.push(values.map((v) => label(key, v)).join(', '));
  }
  if (search.from || search.to) parts.push(`${search.from ?? 'start'} to ${search.to ?? 'latest'}`);
  else parts.push('all dates');
  return parts.join(' · ');
}
