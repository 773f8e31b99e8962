/** One provision: what it says, and its own charts under the current filters. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { viewOf } from '../../../../shared/dashboard-search.ts';
import { formatCount, humanize } from '../../../../shared/format.ts';
import { useDashboardSearch } from '../../app/search.ts';
import { AppealFunnelChart } from '../../charts/AppealFunnelChart.tsx';
import { RemovalByChart } from '../../charts/RemovalByChart.tsx';
import { RemovalRateChart } from '../../charts/RemovalRateChart.tsx';
import { TimeToDecisionChart } from '../../charts/TimeToDecisionChart.tsx';
import { VolumeChart } from '../../charts/VolumeChart.tsx';
import { trpc } from '../../lib/trpc.ts';

export function ProvisionPage() {
  const { basisId } = useParams({ from: '/legal-bases/$basisId' });
  const search = useDashboardSearch();
  const catalog = useQuery(trpc.catalog.legalBases.queryOptions({}));
  const id = Number(basisId);
  const basis = catalog.data?.find((b) => b.id === id);
  if (catalog.isPending) return <p className="state">Loading the provision…</p>;
  if (!basis) {
    return (
      <p className="state">
        No provision with id {basisId} is catalogued. See the{' '}
        <Link to="/legal-bases" search={viewOf(search)}>
          catalogue of legal bases
        </Link>
        .
      </p>
    );
  }
  // This page's charts always show this provision, whatever else the filters say.
  const view = { ...search, legalBases: [id] };
  return (
    <>
      <p className="muted">
        <Link to="/legal-bases" search={viewOf(search)}>
          Legal bases
        </Link>{' '}
        › {basis.jurisdiction}
      </p>
      <h1>{basis.label}</h1>
      <p className="prose">
        {basis.title ? `${basis.title}.` : 'No title recorded.'} Category: {humanize(basis.category)}; {basis.status}.
        Cited for {formatCount(basis.items)} items in {formatCount(basis.requests)} requests (all records).
      </p>
      <div className="cards">
        <VolumeChart search={view} />
        <RemovalRateChart search={view} />
        <RemovalByChart search={view} fixedBy="platform" />
        <TimeToDecisionChart search={view} />
        <AppealFunnelChart search={view} />
      </div>
    </>
  );
}
