/** Display names of split keys (jurisdiction codes, agency ids, platform slugs, enum values). */
import { useCallback } from 'react';
import { humanize, outcomeLabel } from '../../../shared/format.ts';
import { useFilterOptions } from '../app/filter-options.ts';

export type SplitKind = 'outcome' | 'category' | 'jurisdiction' | 'agency' | 'platform' | 'channel' | 'provision';

export function useSplitLabel(): (kind: SplitKind | undefined, key: string) => string {
  const options = useFilterOptions();
  return useCallback(
    (kind, key) => {
      const find = (list: { value: string | number; label: string }[], value: string | number) =>
        list.find((o) => o.value === value)?.label;
      if (kind === 'jurisdiction') return find(options.jurisdictions.options, key) ?? key;
      if (kind === 'agency') return find(options.agencies.options, Number(key)) ?? `Agency ${key}`;
      if (kind === 'platform') return find(options.platforms.options, key) ?? key;
      if (kind === 'provision') return find(options.legalBases.options, Number(key)) ?? `Provision ${key}`;
      if (kind === 'outcome') return outcomeLabel(key);
      return humanize(key);
    },
    [options],
  );
}
