/** For an empty view: the views with one filter taken away, to tell the reader which one empties it. */
import { type DashboardSearch, LIST_FILTER_KEYS, type ListFilterKey } from '../../../shared/dashboard-search.ts';

export interface Relaxation {
  /** The filter removed: a list filter, or the period. */
  key: ListFilterKey | 'period';
  values: (string | number)[];
  search: DashboardSearch;
}

export function relaxations(search: DashboardSearch): Relaxation[] {
  const out: Relaxation[] = [];
  if (search.from || search.to) {
    const { from: _from, to: _to, ...rest } = search;
    out.push({ key: 'period', values: [`${search.from ?? 'start'} to ${search.to ?? 'latest'}`], search: rest });
  }
  for (const key of LIST_FILTER_KEYS) {
    const values = search[key] as (string | number)[] | undefined;
    if (!values?.length) continue;
    const { [key]: _removed, ...rest } = search;
    out.push({ key, values, search: rest });
  }
  return out;
}
