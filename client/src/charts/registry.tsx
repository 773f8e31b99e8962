/** Every chart by its permalink id (`/chart/<id>`), for the chart page and embeds. */
import type { ComponentType } from 'react';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { AppealFunnelChart } from './AppealFunnelChart.tsx';
import { AppealsOverTimeChart } from './AppealsOverTimeChart.tsx';
import { JurisdictionPlatformChart } from './JurisdictionPlatformChart.tsx';
import { LegalBasisChart } from './LegalBasisChart.tsx';
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
};
