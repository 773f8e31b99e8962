/** A chart's permalink: the chart alone, with its source line; `?embed=1` drops the site around it. */
import { Link, useParams } from '@tanstack/react-router';
import { viewOf } from '../../../../shared/dashboard-search.ts';
import { useSourcesInView } from '../../app/catalog.ts';
import { useDashboardSearch } from '../../app/search.ts';
import { CHARTS } from '../../charts/registry.tsx';

export function ChartPage() {
  const { chartId } = useParams({ from: '/chart/$chartId' });
  const search = useDashboardSearch();
  const sources = useSourcesInView(search);
  const Chart = CHARTS[chartId];
  if (!Chart) {
    return (
      <section className="prose">
        <h1>No such chart</h1>
        <p>
          There is no chart called “{chartId}”. Charts: {Object.keys(CHARTS).join(', ')}. See the{' '}
          <Link to="/" search={viewOf(search)}>
            overview
          </Link>
          .
        </p>
      </section>
    );
  }
  return (
    <div className="single-chart">
      {search.embed && sources.synthetic && (
        <p className="synthetic-banner" role="note">
          SYNTHETIC DEMO DATA — figures are illustrative
        </p>
      )}
      <Chart search={search} />
      {search.embed && (
        <p className="embed-link">
          <Link to="/chart/$chartId" params={{ chartId }} search={viewOf(search)} target="_blank" rel="noreferrer">
            Open in Takedown Monitor ↗
          </Link>
        </p>
      )}
    </div>
  );
}
