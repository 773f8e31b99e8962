/**
 * The dashboard's entry form (client/src/features/entry/) as plain state, and its one mapping to
 * the interchange `RequestInput` the API takes: the form validates with the same zod schema and
 * gets problems with the same paths (`items[0].contentUrl`) as any API client.
 */
import type { AgencyKind, AuthorKind, Channel, ContentType, LegalCategory, Outcome } from './enums.ts';
import { type ItemWire, RequestInput, type RequestWire } from './interchange.ts';
import { type Problem, problemsFromZod } from './problems.ts';
import { zonedToUtc } from './zoned-time.ts';

/** A date and time as typed, read in the form's time zone. */
export interface WallTime {
  date: string;
  time: string;
}

export interface EntryBasis {
  /** The catalogue entry picked, or null for a citation typed as new (it lands `unreviewed`). */
  catalogueId: number | null;
  jurisdiction: string;
  instrument: string;
  article: string;
  part: string;
  title: string;
  category: LegalCategory | '';
}

export interface EntryItem {
  externalId: string;
  contentType: ContentType;
  contentUrl: string;
  authorKind: AuthorKind;
  outcome: Outcome;
  decided: WallTime;
}

export interface EntryForm {
  source: string;
  externalId: string;
  jurisdiction: string;
  /** `added`: chosen as a new agency (not picked from the catalogue); the form then asks its local name and kind. */
  agency: { catalogueId: number | null; added: boolean; name: string; localName: string; kind: AgencyKind };
  platform: string;
  channel: Channel;
  /** IANA zone every date of the form is read in. */
  timeZone: string;
  submitted: WallTime;
  statedReason: string;
  legalBases: EntryBasis[];
  items: EntryItem[];
}

export function emptyItem(index: number): EntryItem {
  return {
    externalId: `item-${index + 1}`,
    contentType: 'post',
    contentUrl: '',
    authorKind: 'unknown',
    outcome: 'pending',
    decided: { date: '', time: '' },
  };
}

export function emptyBasis(jurisdiction = ''): EntryBasis {
  return { catalogueId: null, jurisdiction, instrument: '', article: '', part: '', title: '', category: '' };
}

export function emptyEntryForm(source: string, timeZone: string): EntryForm {
  return {
    source,
    externalId: '',
    jurisdiction: '',
    agency: { catalogueId: null, added: false, name: '', localName: '', kind: 'other' },
    platform: '',
    channel: 'direct_portal',
    timeZone,
    submitted: { date: '', time: '' },
    statedReason: '',
    legalBases: [],
    items: [emptyItem(0)],
  };
}

/** Empty text → absent (the schema's defaults and nullish fields apply), as an API client would omit it. */
const optional = (text: string) => (text.trim() === '' ? undefined : text);

/**
 * A typed date that is not a valid wall time stays as typed, so the schema names it at its field; a
 * blank date is absent (for an item: undecided).
 */
function instant(wall: WallTime, timeZone: string): string | undefined {
  if (wall.date === '') return undefined;
  return zonedToUtc(wall.date, wall.time, timeZone) ?? `${wall.date} ${wall.time}`.trim();
}

function itemWire(item: EntryItem, timeZone: string): ItemWire {
  return {
    externalId: item.externalId.trim(),
    contentType: item.contentType,
    contentUrl: optional(item.contentUrl)?.trim(),
    authorKind: item.authorKind,
    outcome: item.outcome,
    decidedAt: instant(item.decided, timeZone),
  };
}

/** The form as the record an API client would send (wire form: before the schema's defaults). */
export function entryToRequest(form: EntryForm): RequestWire {
  return {
    externalId: form.externalId.trim(),
    source: form.source,
    jurisdiction: form.jurisdiction,
    agency: { name: form.agency.name, localName: optional(form.agency.localName), kind: form.agency.kind },
    platform: form.platform,
    channel: form.channel,
    submittedAt: instant(form.submitted, form.timeZone) ?? '',
    legalBases: form.legalBases.map((b) => ({
      // A basis cites a provision of the request's jurisdiction unless the catalogue entry says otherwise.
      jurisdiction: b.jurisdiction || form.jurisdiction,
      instrument: b.instrument,
      article: b.article,
      part: optional(b.part),
      title: optional(b.title),
      category: b.category === '' ? undefined : b.category,
    })),
    statedReason: optional(form.statedReason),
    items: form.items.map((item) => itemWire(item, form.timeZone)),
  };
}

/** For a field left blank, what to do rather than why the empty text is not a valid code or date. */
const BLANK: Record<string, string> = {
  jurisdiction: 'choose the jurisdiction',
  platform: 'enter the platform, e.g. facebook',
  submittedAt: 'enter the date the request was sent',
};

/** Validates the form as the API would; problems carry the API's paths (and messages, but for blank fields). */
export function checkEntry(form: EntryForm): { request: RequestWire; problems: Problem[] } {
  const request = entryToRequest(form);
  const parsed = RequestInput.safeParse(request);
  if (parsed.success) return { request, problems: [] };
  const blank = (path: string) => (request as Record<string, unknown>)[path] === '';
  const problems = problemsFromZod(parsed.error).map((p) =>
    BLANK[p.path] && blank(p.path) ? { ...p, message: BLANK[p.path] as string } : p,
  );
  return { request, problems };
}

/**
 * Problems by the form field they belong to: a path, or its nearest shown ancestor (a problem on
 * `items[0].appeals` shows at item 0). `fields` lists the paths the form shows.
 */
export function problemsByField(problems: readonly Problem[], fields: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    let path = p.path;
    while (path && !fields.has(path)) path = parentPath(path);
    const list = out.get(path) ?? [];
    list.push(p.message);
    out.set(path, list);
  }
  return out;
}

/** `items[0].decidedAt` → `items[0]` → `items` → ``. */
export function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}
