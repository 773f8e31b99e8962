/** Active filters as removable chips, plus "Copy link" and "Reset". */
import { useState } from 'react';
import { LIST_FILTER_KEYS, viewOf } from '../../../../shared/dashboard-search.ts';
import { type FilterOptions, labelOf } from '../filter-options.ts';
import { useDashboardSearch, useSetSearch } from '../search.ts';

export function ActiveFilters({ options }: { options: FilterOptions }) {
  const search = useDashboardSearch();
  const setSearch = useSetSearch();
  const [copied, setCopied] = useState(false);
  const chips: { key: string; text: string; remove: () => void }[] = [];
  if (search.from || search.to) {
    chips.push({
      key: 'period',
      text: `Period: ${search.from ?? 'start'} to ${search.to ?? 'latest'}`,
      remove: () => setSearch({ from: undefined, to: undefined }),
    });
  }
  for (const key of LIST_FILTER_KEYS) {
    const values = (search[key] as (string | number)[] | undefined) ?? [];
    for (const value of values) {
      chips.push({
        key: `${key}-${value}`,
        text: `${options[key].label}: ${labelOf(options, key, value)}`,
        remove: () => setSearch({ [key]: values.filter((v) => v !== value) }),
      });
    }
  }
  const copy = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  const reset = () => {
    const kept = viewOf(search);
    setSearch(Object.fromEntries(Object.keys(kept).map((k) => [k, undefined])));
  };
  return (
    <div className="chips">
      {chips.length === 0 && <span className="muted">No filters set.</span>}
      {chips.map((c) => (
        <button key={c.key} type="button" className="chip" onClick={c.remove} aria-label={`Remove filter ${c.text}`}>
          {c.text} <span aria-hidden="true">×</span>
        </button>
      ))}
      <span className="chip-actions">
        <button type="button" onClick={copy}>
          {copied ? 'Link copied' : 'Copy link'}
        </button>
        <button type="button" onClick={reset} disabled={Object.keys(viewOf(search)).length === 0}>
          Reset
        </button>
      </span>
    </div>
  );
}
