/** The sticky filter bar: every filter of the API, all of it written to the URL. */

import { useState } from 'react';
import { DEFAULT_GRANULARITY, type ListFilterKey } from '../../../../shared/dashboard-search.ts';
import { humanize } from '../../../../shared/format.ts';
import { Granularity } from '../../../../shared/stats.ts';
import { MultiSelect } from '../../components/MultiSelect.tsx';
import { useFilterOptions } from '../filter-options.ts';
import { useDashboardSearch, useSetSearch } from '../search.ts';
import { ActiveFilters } from './ActiveFilters.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';

const MAIN: ListFilterKey[] = ['jurisdictions', 'agencies', 'platforms'];
const MORE: ListFilterKey[] = ['channels', 'categories', 'legalBases', 'contentTypes', 'authorKinds', 'sources'];

export function FilterBar() {
  const search = useDashboardSearch();
  const setSearch = useSetSearch();
  const options = useFilterOptions();
  const select = (key: ListFilterKey) => (
    <MultiSelect
      key={key}
      label={options[key].label}
      options={options[key].options}
      selected={(search[key] as (string | number)[] | undefined) ?? []}
      onChange={(values) => setSearch({ [key]: values })}
    />
  );
  const moreCount = MORE.filter((k) => search[k]?.length).length;
  // On a phone the controls fold away behind one button; the chips still show what is applied.
  const [shown, setShown] = useState(false);
  return (
    <section className="filter-bar no-print" aria-label="Filters">
      <button type="button" className="filter-toggle" aria-expanded={shown} onClick={() => setShown((v) => !v)}>
        {shown ? 'Hide filters ▴' : 'Filters ▾'}
      </button>
      <div className={`filter-row${shown ? ' shown' : ''}`}>
        <PeriodPicker />
        <label>
          <span className="field-label">Granularity</span>
          <select
            value={search.granularity ?? DEFAULT_GRANULARITY}
            onChange={(e) => setSearch({ granularity: Granularity.parse(e.target.value) })}
          >
            {Granularity.options.map((g) => (
              <option key={g} value={g}>
                {humanize(g)}
              </option>
            ))}
          </select>
        </label>
        {MAIN.map(select)}
        <details className="more">
          <summary>More filters{moreCount > 0 && <span className="badge">{moreCount}</span>} ▾</summary>
          <div className="more-panel">{MORE.map(select)}</div>
        </details>
      </div>
      <ActiveFilters options={options} />
    </section>
  );
}
