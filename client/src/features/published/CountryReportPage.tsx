/** One country in every publisher's figures: Google per requester, X per half-year, DSA when an EU state, reconciliation. */
import { Link, useParams } from '@tanstack/react-router';
import { viewOf } from '../../../../shared/dashboard-search.ts';
import { PERIOD_RULE } from '../../../../shared/published-metrics.ts';
import { useDashboardSearch } from '../../app/search.ts';
import { PublishedDsaCategoriesChart } from '../../charts/PublishedDsaCategoriesChart.tsx';
import { PublishedProductsChart } from '../../charts/PublishedProductsChart.tsx';
import { PublishedSharesChart } from '../../charts/PublishedSharesChart.tsx';
import { PublishedVolumeChart } from '../../charts/PublishedVolumeChart.tsx';
import { placeName } from '../../charts/published-common.data.ts';
import { DsaCountryCard, GoogleRequestersCard, XCountryCard } from './CountryTables.tsx';
import { EU_MEMBER_STATES } from './country.data.ts';
import { ReconciliationCard } from './ReconciliationCard.tsx';
import { UnappliedNote } from './UnappliedNote.tsx';

export function CountryReportPage() {
  const { jurisdiction } = useParams({ from: '/platform-reports/$jurisdiction' });
  const search = useDashboardSearch();
  const code = jurisdiction.toUpperCase();
  const back = (
    <Link to="/platform-reports" search={viewOf(search)}>
      Platform reports
    </Link>
  );
  if (!/^[A-Z]{2}$/.test(code)) {
    return (
      <p className="state">
        “{jurisdiction}” is not a two-letter country code (such as KZ or DE). See all {back}.
      </p>
    );
  }
  // This page's figures always show this country, whatever the jurisdiction filter says.
  const view = { ...search, jurisdictions: [code] };
  const name = placeName(code);
  const other = search.jurisdictions?.filter((j) => j !== code) ?? [];
  return (
    <>
      <p className="muted">
        {back} › {name} ({code})
      </p>
      <h1>{name} in the platforms’ own reports</h1>
      <p className="prose">
        Every publisher’s figures for {name} together: Google per requester as Google names it, X per half-year
        {EU_MEMBER_STATES.has(code) ? ', the DSA orders of its authorities' : ''}, and how our records compare.{' '}
        {PERIOD_RULE}
        {other.length > 0 && ` The jurisdiction filter (${other.join(', ')}) gives way to ${code} on this page.`}
      </p>
      <UnappliedNote search={search} />
      <div className="cards">
        <PublishedVolumeChart search={view} />
        <GoogleRequestersCard search={view} />
        <PublishedSharesChart search={view} />
        <PublishedProductsChart search={view} />
        <XCountryCard search={view} />
        {EU_MEMBER_STATES.has(code) && <DsaCountryCard search={view} />}
        {EU_MEMBER_STATES.has(code) && <PublishedDsaCategoriesChart search={view} />}
        <ReconciliationCard search={view} id="published-country-reconciliation" />
      </div>
    </>
  );
}
