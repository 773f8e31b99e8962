/** The audit trail (admins): who wrote what and when, filtered, newest first, and one record's history as a diff. */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditEntity, AuditListInput } from '../../../../shared/audit.ts';
import { RoleGate } from '../../app/RoleGate.tsx';
import { describeError } from '../../lib/errors.ts';
import { trpc, trpcClient } from '../../lib/trpc.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { RecordHistory } from './RecordHistory.tsx';

const PAGE = 50;

export interface RecordRef {
  entity: AuditEntity;
  entityKey: string;
}

export function AuditPage() {
  return (
    <div className="narrow-page wide">
      <h1>Audit trail</h1>
      <p className="muted">
        Every write is logged with who made it, when, for which source and what changed; entries are never edited or
        deleted.
      </p>
      <RoleGate roles={['admin']} purpose="read the audit trail">
        {() => <AuditLog />}
      </RoleGate>
    </div>
  );
}

function AuditLog() {
  const [filters, setFilters] = useState<Omit<AuditListInput, 'cursor' | 'limit'>>({});
  const [record, setRecord] = useState<RecordRef | null>(null);
  const input = { ...filters, limit: PAGE };
  // Cursor passed by hand, as on Explore: the strict input refuses the `direction` tRPC adds.
  const query = useInfiniteQuery({
    queryKey: [...trpc.audit.list.queryKey(input), 'pages'],
    queryFn: ({ pageParam }) => trpcClient.audit.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const entries = query.data?.pages.flatMap((p) => p.entries) ?? [];
  const state = query.isPending ? 'loading' : query.isError ? 'error' : entries.length === 0 ? 'empty' : 'ready';
  return (
    <>
      <AuditFilters onApply={setFilters} />
      <section className="card" aria-labelledby="audit-entries" data-state={state} aria-busy={query.isFetching}>
        <h2 id="audit-entries">Entries</h2>
        <p className="definition">Newest first. Choose a record to see its whole history.</p>
        {query.isPending && <p className="state">Loading the audit trail…</p>}
        {query.isError && (
          <p className="state error">The audit trail could not be loaded: {describeError(query.error)}.</p>
        )}
        {state === 'empty' && <p className="state">No entries match these filters. Clear a filter to see more.</p>}
        {entries.length > 0 && <AuditTable entries={entries} selected={record} onSelect={setRecord} />}
        {query.hasNextPage && (
          <button type="button" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? 'Loading…' : `Load ${PAGE} older entries`}
          </button>
        )}
      </section>
      {record && <RecordHistory record={record} onClose={() => setRecord(null)} />}
    </>
  );
}
