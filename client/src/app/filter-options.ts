/** What each filter of the bar offers, with display labels, from the catalogue and the enums. */

import type { ListFilterKey } from '../../../shared/dashboard-search.ts';
import { AUTHOR_KINDS, CHANNELS, CONTENT_TYPES, LEGAL_CATEGORIES } from '../../../shared/enums.ts';
import { formatCount, humanize } from '../../../shared/format.ts';
import { useCatalog } from './catalog.ts';

export interface Option {
  value: string | number;
  label: string;
  /** Items recorded under it (catalogue entries only). */
  items?: number;
}

export type FilterOptions = Record<ListFilterKey, { label: string; options: Option[] }>;

/** How platforms spell their own names (the catalogue stores slugs). */
const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  x: 'X',
  vk: 'VK',
  tiktok: 'TikTok',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
};

export const platformName = (slug: string, name = slug) =>
  PLATFORM_NAMES[slug] ?? (name === slug ? humanize(slug) : name);

const fromEnum = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: humanize(v) }));

export const FILTER_LABELS: Record<ListFilterKey, string> = {
  jurisdictions: 'Jurisdiction',
  agencies: 'Agency',
  platforms: 'Platform',
  channels: 'Channel',
  categories: 'Legal category',
  legalBases: 'Provision',
  contentTypes: 'Content type',
  authorKinds: 'Author',
  sources: 'Source',
};

export function useFilterOptions(): FilterOptions {
  const c = useCatalog();
  const withItems = (label: string, items: number) => `${label} (${formatCount(items)})`;
  const list = (key: ListFilterKey, options: Option[]) => ({ label: FILTER_LABELS[key], options });
  return {
    jurisdictions: list(
      'jurisdictions',
      (c.jurisdictions.data ?? []).map((j) => ({ value: j.code, label: j.name, items: j.items })),
    ),
    agencies: list(
      'agencies',
      (c.agencies.data ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.jurisdiction})`, items: a.items })),
    ),
    platforms: list(
      'platforms',
      (c.platforms.data ?? []).map((p) => ({ value: p.slug, label: platformName(p.slug, p.name), items: p.items })),
    ),
    channels: list('channels', fromEnum(CHANNELS)),
    categories: list('categories', fromEnum(LEGAL_CATEGORIES)),
    legalBases: list(
      'legalBases',
      (c.legalBases.data ?? []).map((b) => ({
        value: b.id,
        label: b.title ? `${b.label} — ${b.title}` : b.label,
        items: b.items,
      })),
    ),
    contentTypes: list('contentTypes', fromEnum(CONTENT_TYPES)),
    authorKinds: list('authorKinds', fromEnum(AUTHOR_KINDS)),
    sources: list(
      'sources',
      (c.sources.data ?? []).map((s) => ({ value: s.name, label: withItems(s.name, s.items), items: s.items })),
    ),
  };
}

/** Label of one filter value, or the raw value while the catalogue loads. */
export function labelOf(options: FilterOptions, key: ListFilterKey, value: string | number): string {
  return options[key].options.find((o) => o.value === value)?.label ?? String(value);
}
