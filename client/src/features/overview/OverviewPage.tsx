/** Overview: headline figures, then every chart of the current view (UI.md "Page anatomy"). */
import { useDashboardSearch } from '../../app/search.ts';
import { AppealFunnelChart } from '../../charts/AppealFunnelChart.tsx';
import { AppealsOverTimeChart } from '../../charts/AppealsOverTimeChart.tsx';
import { JurisdictionPlatformChart } from '../../charts/JurisdictionPlatformChart.tsx';
import { LegalBasisChart } from '../../charts/LegalBasisChart.tsx';
import { RemovalByChart } from '../../charts/RemovalByChart.tsx';
import { RemovalRateChart } from '../../charts/RemovalRateChart.tsx';
import { TimeToDecisionChart } from '../../charts/TimeToDecisionChart.tsx';
import { VolumeChart } from '../../charts/VolumeChart.tsx';
import { OverviewPublishedLine } from '../published/OverviewPublishedLine.tsx';
import { KpiRow } from './KpiRow.tsx';
import { PrintDefinitions } from './PrintDefinitions.tsx';

export function OverviewPage() {
  const search = useDashboardSearch();
  return (
    <>
      <h1 className="visually-hidden">Overview</h1>
      <KpiRow search={search} />
      <div className="cards">
        <VolumeChart search={search} />
        <OverviewPublishedLine search={search} />
        <LegalBasisChart search={search} />
        <RemovalRateChart search={search} />
        <RemovalByChart search={search} />
        <TimeToDecisionChart search={search} />
        <AppealFunnelChart search={search} />
        <AppealsOverTimeChart search={search} />
        <JurisdictionPlatformChart search={search} />
      </div>
      <PrintDefinitions />
    </>
  );
}
