/**
 * The dashboard's whole view state, as it lives in the URL: a copied link reproduces the view.
 * Lists are comma-separated (`?jurisdictions=KZ,RU`). Parsing is lenient: a value that is not valid
 * is dropped (and reported in `dropped`), so an old or hand-edited link still opens a page.
 */
import { z } from 'zod';
import { AuthorKind, Channel, ContentType, LegalCategory } from './enums.ts';
import { IsoDay } from './instant.ts';
import { JurisdictionCode, PlatformSlug, SourceName } from './interchange.ts';
import { ItemSort } from './item-list.ts';
import { BreakdownSplit, type Filters, Granularity, MAX_FILTER_VALUES, VolumeSplit } from './stats.ts';

const Id = z.coerce.number().int().positive();

/** List filters of the API, in the order the filter bar shows them, with the schema of one value. */
export const LIST_FILTERS = {
  jurisdictions: JurisdictionCode,
  agencies: Id,
  platforms: PlatformSlug,
  channels: Channel,
  categories: LegalCategory,
  legalBases: Id,
  contentTypes: ContentType,
  authorKinds: AuthorKind,
  sources: SourceName,
} as const;

export type ListFilterKey = keyof typeof LIST_FILTERS;
export const LIST_FILTER_KEYS = Object.keys(LIST_FILTERS) as ListFilterKey[];

type ListValues = { [K in ListFilterKey]?: z.infer<(typeof LIST_FILTERS)[K]>[] };

export interface DashboardSearch extends ListValues {
  from?: string;
  to?: string;
  granularity?: Granularity;
  /** How the volume chart stacks. */
  split?: VolumeSplit;
  /** Legal-basis chart: by category or by cited provision. */
  level?: 'category' | 'provision';
  /** Removal-rate breakdown chart: by agency, platform, legal category… */
  by?: BreakdownSplit;
  /** Explore page: text search, sort, selected item. */
  q?: string;
  sort?: ItemSort;
  item?: number;
  /** `1`: render the chart alone, for an iframe. */
  embed?: 1;
}

export interface ParsedSearch {
  search: DashboardSearch;
  /** `key=value` pairs that were not valid and were ignored. */
  dropped: string[];
}

function single<T>(schema: z.ZodType<T>, raw: unknown): T | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const parsed = schema.safeParse(typeof raw === 'string' ? raw : String(raw));
  return parsed.success ? parsed.data : undefined;
}

function splitList(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map(String);
  if (raw === undefined || raw === null || raw === '') return [];
  return String(raw).split(',').filter(Boolean);
}

/** Parses the raw query values (strings, or arrays of strings) into a valid view state. */
export function parseDashboardSearch(raw: Record<string, unknown>): ParsedSearch {
  const search: DashboardSearch = {};
  const dropped: string[] = [];
  const take = <K extends keyof DashboardSearch>(key: K, value: DashboardSearch[K] | undefined) => {
    if (value !== undefined) search[key] = value;
    else if (raw[key] !== undefined && raw[key] !== '') dropped.push(`${key}=${String(raw[key])}`);
  };
  take('from', single(IsoDay, raw.from));
  take('to', single(IsoDay, raw.to));
  if (search.from && search.to && search.from > search.to) {
    dropped.push(`to=${search.to}`);
    delete search.to;
  }
  take('granularity', single(Granularity, raw.granularity));
  take('split', single(VolumeSplit, raw.split));
  take('level', single(z.enum(['category', 'provision']), raw.level));
  take('by', single(BreakdownSplit, raw.by));
  take('q', single(z.string().trim().min(1).max(200), raw.q));
  take('sort', single(ItemSort, raw.sort));
  take('item', single(Id, raw.item));
  take('embed', raw.embed === undefined ? undefined : raw.embed === '1' || raw.embed === 1 ? 1 : undefined);
  for (const key of LIST_FILTER_KEYS) {
    const values: unknown[] = [];
    for (const text of splitList(raw[key])) {
      const value = single(LIST_FILTERS[key] as z.ZodType<unknown>, text);
      if (value === undefined) dropped.push(`${key}=${text}`);
      else if (!values.includes(value) && values.length < MAX_FILTER_VALUES) values.push(value);
    }
    if (values.length > 0) (search as Record<string, unknown>)[key] = values;
  }
  return { search, dropped };
}

/** Every key of the view state. */
export const DASHBOARD_KEYS = [
  'from',
  'to',
  'granularity',
  'split',
  'level',
  'by',
  'q',
  'sort',
  'item',
  'embed',
  ...LIST_FILTER_KEYS,
] as const satisfies readonly (keyof DashboardSearch)[];

/**
 * The parsed state with every key present (undefined when absent or invalid). A router that merges
 * the raw query under the parsed one then cannot let an invalid raw value through.
 */
export function completeDashboardSearch(raw: Record<string, unknown>): DashboardSearch {
  const blank = Object.fromEntries(DASHBOARD_KEYS.map((k) => [k, undefined])) as DashboardSearch;
  return { ...blank, ...parseDashboardSearch(raw).search };
}

/**
 * Query-string values for a view state: lists joined by commas, empty values left out, keys in
 * one fixed order, so one view has one address (stable to cite, compare and cache).
 */
export function serializeDashboardSearch(search: DashboardSearch): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of DASHBOARD_KEYS) {
    const value = search[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out[key] = value.join(',');
    } else out[key] = String(value);
  }
  return out;
}

/** The `filters` object every stats procedure takes, from the view state. */
export function filtersOf(search: DashboardSearch): Filters {
  const filters: Filters = {};
  if (search.from) filters.from = search.from;
  if (search.to) filters.to = search.to;
  for (const key of LIST_FILTER_KEYS) {
    const values = search[key];
    if (values && values.length > 0) (filters as Record<string, unknown>)[key] = values;
  }
  return filters;
}

/** The view state without the page-specific parts: what a chart permalink carries. */
export function viewOf(search: DashboardSearch): DashboardSearch {
  const { q: _q, sort: _sort, item: _item, embed: _embed, ...view } = search;
  return view;
}

export const DEFAULT_GRANULARITY: Granularity = 'month';
