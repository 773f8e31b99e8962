/**
 * One item: its request, the legal bases cited with their titles, the outcome and the appeal timeline.
 * Analyst-only fields (content URL, unredacted reason, appellant) appear only when the server sent them.
 */
import { useQuery } from '@tanstack/react-query';
import { humanize } from '../../../../shared/format.ts';
import type { ItemDetailView } from '../../../../shared/item-detail.ts';
import type { ListedItem } from '../../../../shared/item-list.ts';
import { useMe } from '../../app/account.ts';
import { platformName } from '../../app/filter-options.ts';
import { trpc } from '../../lib/trpc.ts';
import { ItemActions, mayRecordFor } from '../entry/actions/ItemActions.tsx';
import { ItemHistoryList } from '../entry/actions/ItemHistoryList.tsx';
import { itemTimeline } from './timeline.data.ts';

interface Props {
  item: ListedItem | undefined;
  id: number;
  onClose: () => void;
}

export function ItemDetail({ item: listed, id, onClose }: Props) {
  // The item itself (items.get), so it opens from a link too and shows what was recorded since the page loaded.
  const one = useQuery(trpc.items.get.queryOptions({ id }));
  const me = useMe();
  const item: ItemDetailView | undefined = one.data ?? (listed && { ...listed, retraction: null });
  if (!item) {
    if (one.isPending) {
      return (
        <aside className="item-detail" aria-label="Item detail" data-state="loading">
          <p>Loading item {id}…</p>
        </aside>
      );
    }
    return (
      <aside className="item-detail" aria-label="Item detail">
        <p>There is no item {id}, or it was retracted.</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </aside>
    );
  }
  const r = item.request;
  const seesHistory =
    me?.role === 'analyst' || me?.role === 'admin' || (me?.role === 'submitter' && me.sources.includes(r.source));
  // The server projects by role: a content URL key (even null) means this viewer sees the record as stored.
  const full = 'contentUrl' in item;
  const appellants = [
    ...new Set(item.appeals.flatMap((a) => (a.appellant ? [humanize(a.appellant).toLowerCase()] : []))),
  ];
  return (
    <aside className="item-detail" aria-label={`Item ${item.externalId}`} data-state={one.data ? 'ready' : 'loading'}>
      <div className="card-head">
        <h2>Item {item.externalId}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="facts">
        <dt>Request</dt>
        <dd>
          {r.externalId} · {r.agency.name}
          {r.agency.localName ? ` (${r.agency.localName})` : ''} · {r.jurisdiction}
        </dd>
        <dt>Platform</dt>
        <dd>
          {platformName(r.platform)} via {humanize(r.channel).toLowerCase()}
        </dd>
        <dt>Content</dt>
        <dd>
          {humanize(item.contentType)} by {humanize(item.authorKind).toLowerCase()}
        </dd>
        {full && (
          <>
            <dt>Content URL</dt>
            <dd className="break" data-field="content-url">
              {item.contentUrl ? (
                <a href={item.contentUrl} rel="noreferrer noopener" target="_blank">
                  {item.contentUrl}
                </a>
              ) : (
                <span className="muted">not recorded</span>
              )}
            </dd>
          </>
        )}
        {r.statedReason && (
          <>
            <dt>
              Stated reason <span className="dt-note">{full ? '(as written)' : '(personal data redacted)'}</span>
            </dt>
            <dd data-field="stated-reason">“{r.statedReason}”</dd>
          </>
        )}
        {appellants.length > 0 && (
          <>
            <dt>Appealed by</dt>
            <dd data-field="appellant">{appellants.join(', ')}</dd>
          </>
        )}
        <dt>Source</dt>
        <dd>{r.source}</dd>
      </dl>
      <h3>Legal bases cited</h3>
      {r.legalBases.length === 0 ? (
        <p className="muted">The request cites no provision.</p>
      ) : (
        <ul className="bases">
          {r.legalBases.map((b) => (
            <li key={b.id}>
              <strong>{b.label}</strong>
              {b.title ? ` — ${b.title}` : ''} <span className="muted">({humanize(b.category)})</span>
            </li>
          ))}
        </ul>
      )}
      {item.retraction && (
        <p className="retraction" data-field="retraction">
          Retracted {item.retraction.at.replace('T', ' ').slice(0, 16)} UTC
          {item.retraction.reason ? `: “${item.retraction.reason}”` : ''}. It counts in no figure.
        </p>
      )}
      <h3>Timeline</h3>
      <ol className="timeline" data-testid="timeline">
        {itemTimeline(item).map((step, i) => (
          // Steps have no id; their order is the timeline's order.
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed order
          <li key={i}>
            <strong>{step.label}</strong>
            <span className="muted num"> {step.at ? step.at.replace('T', ' ').slice(0, 16) : 'date unknown'} UTC</span>
            {step.after && <span> · {step.after}</span>}
            {step.detail && <span className="muted"> · {step.detail}</span>}
          </li>
        ))}
      </ol>
      <p className="muted">
        Decision {item.automated === null ? 'automation unknown' : item.automated ? 'automated' : 'made by a person'};{' '}
        {item.userNotified === null
          ? 'notification unknown'
          : item.userNotified
            ? 'author notified'
            : 'author not notified'}
        .
      </p>
      {seesHistory && one.data && <ItemHistoryList item={one.data} />}
      {one.data && mayRecordFor(me, one.data) && <ItemActions item={one.data} />}
    </aside>
  );
}
