/** Platform reports: the platforms' own aggregate transparency figures, charted and set beside our records. */
import { PERIOD_RULE } from '../../../../shared/published-metrics.ts';
import { useDashboardSearch } from '../../app/search.ts';
import { AppealFunnelChart } from '../../charts/AppealFunnelChart.tsx';
import { PublishedComplaintsChart } from '../../charts/PublishedComplaintsChart.tsx';
import { PublishedCoverageChart } from '../../charts/PublishedCoverageChart.tsx';
import { PublishedDsaCategoriesChart } from '../../charts/PublishedDsaCategoriesChart.tsx';
import { PublishedDsaStatesChart } from '../../charts/PublishedDsaStatesChart.tsx';
import { PublishedProductsChart } from '../../charts/PublishedProductsChart.tsx';
import { PublishedSharesChart } from '../../charts/PublishedSharesChart.tsx';
import { PublishedVolumeChart } from '../../charts/PublishedVolumeChart.tsx';
import { ChecksCard } from './ChecksCard.tsx';
import { ReconciliationCard } from './ReconciliationCard.tsx';
import { SourcesCard } from './SourcesCard.tsx';
import { UnappliedNote } from './UnappliedNote.tsx';

export function PlatformReportsPage() {
  const search = useDashboardSearch();
  return (
    <>
      <h1>Platform reports</h1>
      <p className="prose">
        What the platforms say about themselves: Google’s and X’s reports of government removal requests per country,
        and the EU Digital Services Act reports of orders from Member State authorities and of complaints. These are the
        publishers’ aggregate figures, imported as published; below they are set beside the requests our own records
        hold. {PERIOD_RULE}
      </p>
      <UnappliedNote search={search} ownCharts="the appeal funnel of our own records" />
      <div className="cards">
        <PublishedVolumeChart search={search} />
        <PublishedSharesChart search={search} />
        <PublishedProductsChart search={search} />
        <PublishedDsaStatesChart search={search} />
        <p className="prose cards-note">
          Platforms publish no outcomes of appeals against government requests. The DSA complaint figures are the only
          published appeal figures, and they count every complaint about a service’s moderation in the EU, not only
          those about authorities’ orders. Beside them, the appeal funnel of our own records.
        </p>
        <PublishedComplaintsChart search={search} />
        <AppealFunnelChart search={search} />
        <PublishedDsaCategoriesChart search={search} />
        <PublishedCoverageChart search={search} />
        <ReconciliationCard search={search} />
        <ChecksCard search={search} />
        <SourcesCard search={search} />
      </div>
    </>
  );
}
