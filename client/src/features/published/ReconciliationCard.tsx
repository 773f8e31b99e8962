/** Published figures beside our records, per platform × jurisdiction × half-year, with the ready sentence. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DashboardSearch } from '../../../../shared/dashboard-search.ts';
import { formatCount, formatRate } from '../../../../shared/format.ts';
import { PUBLISHED_CARDS } from '../../../../shared/published-metrics.ts';
import { PublishedCard } from '../../charts/PublishedCard.tsx';
import { PublishedCountryLink } from '../../charts/PublishedCountryLink.tsx';
import { periodLabel, serviceName } from '../../charts/published-common.data.ts';
import { publishedFiltersOf } from '../../charts/published-filters.data.ts';
import { reconciliationTable } from '../../charts/published-reconciliation.data.ts';
import { trpc } from '../../lib/trpc.ts';

const SHOWN = 40;
const count = (n: number | null) => (n === null ? '—' : formatCount(n));

export function ReconciliationCard({
  search,
  id = 'published-reconciliation',
}: {
  search: DashboardSearch;
  id?: string;
}) {
  const [all, setAll] = useState(false);
  const query = useQuery({
    ...trpc.published.reconciliation.queryOptions(publishedFiltersOf(search)),
    placeholderData: keepPreviousData,
  });
  const rows = [...(query.data ?? [])].reverse();
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <PublishedCard
      search={search}
      id={id}
      wide
      tableOnly
      text={PUBLISHED_CARDS.reconciliation}
      subject="reconciliation"
      query={query}
      n={query.data ? rows.length : null}
      unit="platform × jurisdiction × half-year rows"
      table={query.data ? reconciliationTable(query.data) : null}
      empty={rows.length === 0}
      emptyText={
        query.data
          ? 'No half-year in view has both published figures and records of ours for the same platform and country.'
          : undefined
      }
      formats={['google-removals', 'x-removals', 'dsa-orders']}
      publishers={[...new Set(rows.map((r) => r.publisher))]}
    >
      <div className="table-scroll">
        <table className="data-table reconciliation">
          <thead>
            <tr>
              <th scope="col" className="wide-only">
                Platform
              </th>
              <th scope="col">Jurisdiction</th>
              <th scope="col" className="wide-only">
                Half-year
              </th>
              <th scope="col" className="wide-only">
                Published requests
              </th>
              <th scope="col" className="wide-only">
                Recorded requests
              </th>
              <th scope="col" className="wide-only">
                Difference
              </th>
              <th scope="col">Coverage</th>
              <th scope="col">In words</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.publisher}-${r.platform}-${r.jurisdiction}-${r.periodEnd}`}>
                <td className="wide-only">{serviceName(r.platform)}</td>
                <th scope="row">
                  <PublishedCountryLink code={r.jurisdiction} search={search} />
                </th>
                <td className="nowrap wide-only">{periodLabel(r.periodStart, r.periodEnd)}</td>
                <td className="num wide-only">{count(r.published.requests)}</td>
                <td className="num wide-only">{formatCount(r.recorded.requests)}</td>
                <td className="num wide-only">{count(r.difference.requests)}</td>
                <td className="num" data-coverage={r.coverage ?? ''}>
                  {formatRate(r.coverage)}
                </td>
                <td className="sentence">{r.sentence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && (
        <button type="button" className="no-print" onClick={() => setAll((v) => !v)}>
          {all ? `Show the latest ${SHOWN} rows` : `Show all ${formatCount(rows.length)} rows`}
        </button>
      )}
    </PublishedCard>
  );
}
