/** Agencies: who asks, how much, and how often platforms comply, under the current filters. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { filtersOf, viewOf } from '../../../../shared/dashboard-search.ts';
import { formatCount, formatRate, humanize, NULL_RATE_NOTE } from '../../../../shared/format.ts';
import { useDashboardSearch } from '../../app/search.ts';
import { RemovalByChart } from '../../charts/RemovalByChart.tsx';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';

export function AgenciesPage() {
  const search = useDashboardSearch();
  const agencies = useQuery(trpc.catalog.agencies.queryOptions({ jurisdictions: search.jurisdictions }));
  const outcomes = useQuery({
    ...trpc.stats.outcomes.queryOptions({ filters: filtersOf(search), splitBy: 'agency' }),
    placeholderData: keepPreviousData,
  });
  const byAgency = new Map((outcomes.data ?? []).map((r) => [Number(r.key), r]));
  const rows = (agencies.data ?? [])
    .filter((a) => !search.agencies?.length || search.agencies.includes(a.id))
    .sort((a, b) => (byAgency.get(b.id)?.decided ?? 0) - (byAgency.get(a.id)?.decided ?? 0) || b.items - a.items);
  return (
    <>
      <h1>Agencies</h1>
      <p className="prose">
        The government bodies that sent the requests. “Items” counts every recorded item; decided items and rates follow
        the filters above. {NULL_RATE_NOTE}
      </p>
      <RemovalByChart search={search} fixedBy="agency" />
      <h2>All agencies</h2>
      {(agencies.isPending || outcomes.isPending) && <p className="state">Loading the agencies…</p>}
      {(agencies.isError || outcomes.isError) && (
        <p className="state error" role="alert">
          The agencies could not be loaded: {describeError(agencies.error ?? outcomes.error)}.
        </p>
      )}
      {agencies.data && rows.length === 0 && <p className="state">No agency matches these filters.</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Jurisdiction</th>
                <th scope="col">Kind</th>
                <th scope="col">Items (all)</th>
                <th scope="col">Decided (filtered)</th>
                <th scope="col">Removal rate</th>
                <th scope="col">Global removal</th>
                <th scope="col">Local restriction</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const o = byAgency.get(a.id);
                return (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to="/" search={{ ...viewOf(search), agencies: [a.id] }}>
                        {a.name}
                      </Link>
                      {a.localName && <div className="muted">{a.localName}</div>}
                    </th>
                    <td>{a.jurisdiction}</td>
                    <td>{humanize(a.kind)}</td>
                    <td className="num">{formatCount(a.items)}</td>
                    <td className="num">{formatCount(o?.decided ?? 0)}</td>
                    <td className="num">{formatRate(o?.removalRate ?? null)}</td>
                    <td className="num">{formatRate(o?.globalRemovalRate ?? null)}</td>
                    <td className="num">{formatRate(o?.localRestrictionRate ?? null)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
