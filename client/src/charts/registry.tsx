/** Every chart by its permalink id (`/chart/<id>`), for the chart page and embeds. */
import type { ComponentType } from 'react';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { AppealFunnelChart } from './AppealFunnelChart.tsx';
import { AppealsOverTimeChart } from './AppealsOverTimeChart.tsx';
import { JurisdictionPlatformChart } from './JurisdictionPlatformChart.tsx';
import { LegalBasisChart } from './LegalBasisChart.tsx';
import { PublishedComplaintsChart } from './PublishedComplaintsChart.tsx';
import { PublishedCoverageChart } from './PublishedCoverageChart.tsx';
import { PublishedDsaCategoriesChart } from './PublishedDsaCategoriesChart.tsx';
import { PublishedDsaStatesChart } from './PublishedDsaStatesChart.tsx';
import { PublishedProductsChart } from './PublishedProductsChart.tsx';
import { PublishedSharesChart } from './PublishedSharesChart.tsx';
import { PublishedVolumeChart } from './PublishedVolumeChart.tsx';
import { RemovalByChart } from './RemovalByChart.tsx';
import { RemovalRateChart } from './RemovalRateChart.tsx';
import { TimeToDecisionChart } from './TimeToDecisionChart.tsx';
import { VolumeChart } from './VolumeChart.tsx';

export const CHARTS: Record<string, ComponentType<{ search: DashboardSearch }>> = {
  volume: VolumeChart,
  'legal-basis': LegalBasisChart,
  'removal-rate': RemovalRateChart,
  'removal-by': RemovalByChart,
  'appeal-funnel': AppealFunnelChart,
  'appeal-outcomes': AppealsOverTimeChart,
  'time-to-decision': TimeToDecisionChart,
  'jurisdiction-platform': JurisdictionPlatformChart,
  'published-volume': PublishedVolumeChart,
  'published-shares': PublishedSharesChart,
  'published-products': PublishedProductsChart,
  'published-dsa-states': PublishedDsaStatesChart,
  'published-dsa-categories': PublishedDsaCategoriesChart,
  'published-complaints': PublishedComplaintsChart,
  'published-coverage': PublishedCoverageChart,
};
