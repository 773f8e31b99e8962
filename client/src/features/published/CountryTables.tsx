/** A country's published rows, one table card per publisher layout: Google per requester, X per half-year, DSA per service. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardSearch } from '../../../../shared/dashboard-search.ts';
import { formatCount } from '../../../../shared/format.ts';
import type { PublishedFormat, PublishedRowOut } from '../../../../shared/published.ts';
import { PUBLISHED_CARDS, type PublishedCardText } from '../../../../shared/published-metrics.ts';
import type { DataTable } from '../../charts/export/csv.ts';
import { PublishedCard } from '../../charts/PublishedCard.tsx';
import { publishedFiltersOf } from '../../charts/published-filters.data.ts';
import { wholeListing } from '../../charts/published-rows.data.ts';
import { DataTableView } from '../../components/DataTableView.tsx';
import { trpc } from '../../lib/trpc.ts';
import { dsaCountryTable, googleRequesterTable, requesterTotals, xCountryTable } from './country.data.ts';

interface Props {
  search: DashboardSearch;
  id: string;
  text: PublishedCardText;
  format: PublishedFormat;
  subject: string;
  toTable: (rows: PublishedRowOut[]) => DataTable;
  summary?: (rows: PublishedRowOut[]) => string;
}

function useRows(search: DashboardSearch, format: PublishedFormat) {
  const query = useQuery({
    ...trpc.published.rows.queryOptions({ ...publishedFiltersOf(search), format, role: 'figure' }),
    select: wholeListing,
    placeholderData: keepPreviousData,
  });
  return { query, rows: query.data ?? [] };
}

function RowsCard({ search, id, text, format, subject, toTable, summary }: Props) {
  const { query, rows } = useRows(search, format);
  const table = toTable(rows);
  return (
    <PublishedCard
      search={search}
      id={id}
      wide
      tableOnly
      text={text}
      subject={subject}
      query={query}
      n={query.data ? rows.length : null}
      unit="rows"
      table={query.data ? table : null}
      empty={rows.length === 0}
      emptyText={`No ${subject} in the period in view.`}
      formats={[format]}
      publishers={[...new Set(rows.map((r) => r.publisher))]}
    >
      {summary?.(rows) && <p className="note">{summary(rows)}</p>}
      <DataTableView table={table} caption={text.title} />
    </PublishedCard>
  );
}

const totalsSentence = (rows: PublishedRowOut[]) =>
  `Over these half-years: ${requesterTotals(rows)
    .map((t) => `${t.label}, ${formatCount(t.requests)} requests (${formatCount(t.items)} items)`)
    .join('; ')}.`;

export const GoogleRequestersCard = ({ search }: { search: DashboardSearch }) => (
  <RowsCard
    search={search}
    id="published-google-requesters"
    text={PUBLISHED_CARDS.googleRequesters}
    format="google-removals"
    subject="Google figures"
    toTable={googleRequesterTable}
    summary={totalsSentence}
  />
);

export const XCountryCard = ({ search }: { search: DashboardSearch }) => (
  <RowsCard
    search={search}
    id="published-x-country"
    text={PUBLISHED_CARDS.xCountry}
    format="x-removals"
    subject="X figures"
    toTable={xCountryTable}
    summary={(rows) =>
      rows.every((r) => r.requests === null && r.items === null)
        ? `X lists ${rows[0]?.jurisdictionLabel ?? 'this country'} in these reports but gives no figures for it (“-” in every column).`
        : ''
    }
  />
);

export const DsaCountryCard = ({ search }: { search: DashboardSearch }) => (
  <RowsCard
    search={search}
    id="published-dsa-country"
    text={PUBLISHED_CARDS.dsaCountry}
    format="dsa-orders"
    subject="DSA figures"
    toTable={dsaCountryTable}
  />
);
