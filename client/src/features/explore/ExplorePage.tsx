/** Explore: the items behind the figures, filtered like them, searchable, paged by cursor on the server. */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { filtersOf } from '../../../../shared/dashboard-search.ts';
import { formatCount } from '../../../../shared/format.ts';
import { ItemSort } from '../../../../shared/item-list.ts';
import { useDashboardSearch, useSetSearch } from '../../app/search.ts';
import { describeError } from '../../lib/errors.ts';
import { trpc, trpcClient } from '../../lib/trpc.ts';
import { ItemDetail } from './ItemDetail.tsx';
import { ItemTable } from './ItemTable.tsx';

const PAGE = 50;

export function ExplorePage() {
  const search = useDashboardSearch();
  const setSearch = useSetSearch();
  const sort = search.sort ?? 'newest';
  const input = { filters: filtersOf(search), search: search.q, sort, limit: PAGE };
  // Not trpc.items.list.infiniteQueryOptions: it adds `direction` to the input, which the strict
  // ItemListInput refuses (400). The cursor is passed by hand instead.
  const query = useInfiniteQuery({
    queryKey: [...trpc.items.list.queryKey(input), 'pages'],
    queryFn: ({ pageParam }) => trpcClient.items.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const last = query.data?.pages.at(-1);
  const selected = search.item === undefined ? undefined : items.find((i) => i.id === search.item);
  return (
    <div className="explore">
      <h1>Explore the items</h1>
      <search>
        <form
          className="explore-controls"
          onSubmit={(e) => {
            e.preventDefault();
            const text = new FormData(e.currentTarget).get('q');
            setSearch({ q: typeof text === 'string' && text.trim() ? text.trim() : undefined, item: undefined });
          }}
        >
          <label>
            <span className="field-label">Search reasons, agencies and provision titles</span>
            <input
              key={search.q ?? ''}
              type="search"
              name="q"
              defaultValue={search.q ?? ''}
              placeholder="e.g. discord"
            />
          </label>
          <button type="submit">Search</button>
          <label>
            <span className="field-label">Order</span>
            <select
              value={sort}
              onChange={(e) => setSearch({ sort: ItemSort.parse(e.target.value) === 'oldest' ? 'oldest' : undefined })}
            >
              <option value="newest">newest first</option>
              <option value="oldest">oldest first</option>
            </select>
          </label>
        </form>
      </search>
      {query.isPending && <p className="state">Loading items…</p>}
      {query.isError && (
        <p className="state error" role="alert">
          The items could not be loaded: {describeError(query.error)}. Reload the page to try again.
        </p>
      )}
      {query.data && items.length === 0 && !query.hasNextPage && (
        <p className="state">
          No items match {search.q ? `“${search.q}” and ` : ''}these filters. Remove a filter or try other words.
        </p>
      )}
      <div className={`explore-grid${selected ? ' with-detail' : ''}`}>
        {items.length > 0 && (
          <ItemTable items={items} selected={search.item} onSelect={(id) => setSearch({ item: id })} />
        )}
        {search.item !== undefined && (
          <ItemDetail item={selected} id={search.item} onClose={() => setSearch({ item: undefined })} />
        )}
      </div>
      <p className="muted">
        {formatCount(items.length)} items shown.
        {last?.scannedThrough &&
          ` The search looked at requests up to ${last.scannedThrough.slice(0, 10)} so far and found few matches.`}
      </p>
      {query.hasNextPage && (
        <button type="button" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? 'Loading…' : last?.scannedThrough ? 'Search further back' : `Load ${PAGE} more`}
        </button>
      )}
    </div>
  );
}
