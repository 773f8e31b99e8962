/** The problem paths the entry form shows a control for: a problem elsewhere lands at its nearest shown ancestor. */
import type { EntryForm } from '../../../../shared/entry-form.ts';
import type { Problem } from '../../../../shared/problems.ts';

const REQUEST_FIELDS = [
  'source',
  'externalId',
  'jurisdiction',
  'agency.name',
  'platform',
  'channel',
  'submittedAt',
  'statedReason',
  'legalBases',
  'items',
];
const ITEM_FIELDS = ['externalId', 'contentType', 'contentUrl', 'authorKind', 'outcome'];
const NEW_BASIS_FIELDS = ['instrument', 'article', 'part', 'title', 'category'];

export function shownFields(form: EntryForm): Set<string> {
  const out = new Set(REQUEST_FIELDS);
  if (form.agency.catalogueId === null && form.agency.added) out.add('agency.localName').add('agency.kind');
  form.legalBases.forEach((basis, i) => {
    out.add(`legalBases[${i}]`);
    if (basis.catalogueId === null) for (const f of NEW_BASIS_FIELDS) out.add(`legalBases[${i}].${f}`);
  });
  form.items.forEach((item, i) => {
    out.add(`items[${i}]`);
    for (const f of ITEM_FIELDS) out.add(`items[${i}].${f}`);
    if (item.outcome !== 'pending') out.add(`items[${i}].decidedAt`);
  });
  return out;
}

/** The problems of a `requests.submit` error (one request sent: index 0), or null when it carries none. */
export function submitProblems(error: unknown): Problem[] | null {
  const problems = (error as { data?: { problems?: Problem[] } | null }).data?.problems;
  if (!Array.isArray(problems) || problems.length === 0) return null;
  return problems.filter((p) => p.index === undefined || p.index === 0);
}

const LABELS: Record<string, string> = {
  source: 'Source',
  externalId: 'Request id',
  jurisdiction: 'Jurisdiction',
  'agency.name': 'Agency',
  'agency.localName': 'Agency, local name',
  'agency.kind': 'Agency, kind',
  platform: 'Platform',
  channel: 'Channel',
  submittedAt: 'Submitted on',
  statedReason: 'Stated reason',
  legalBases: 'Legal bases',
  items: 'Items',
  externalIdOfItem: 'item id',
  contentType: 'content type',
  contentUrl: 'content URL',
  authorKind: 'author',
  outcome: 'outcome',
  decidedAt: 'decided on',
  instrument: 'instrument',
  article: 'article',
  part: 'part',
  title: 'title',
  category: 'category',
};

/** `items[1].contentUrl` → `Item 2, content URL`: a problem's field as the form labels it. */
export function fieldLabel(path: string): string {
  const nested = /^(items|legalBases)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!nested) return LABELS[path] ?? path;
  const what = `${nested[1] === 'items' ? 'Item' : 'Legal basis'} ${Number(nested[2]) + 1}`;
  const field =
    nested[3] === 'externalId' ? LABELS.externalIdOfItem : nested[3] ? (LABELS[nested[3]] ?? nested[3]) : null;
  return field ? `${what}, ${field}` : what;
}
