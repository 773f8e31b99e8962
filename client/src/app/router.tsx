/** Routes (each page its own lazy chunk) and the URL codec of the view state. */
import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { completeDashboardSearch, serializeDashboardSearch } from '../../../shared/dashboard-search.ts';
import { prefetchOverview } from '../features/overview/prefetch.ts';
import { prefetchCatalog } from './catalog.ts';
import { Layout } from './Layout.tsx';
import { NotFound } from './NotFound.tsx';
import { PageError } from './PageError.tsx';

const rootRoute = createRootRoute({
  // Every key, so the router's merge of the raw query under it cannot keep an invalid raw value.
  validateSearch: completeDashboardSearch,
  // The header's queries start as the URL is matched, not once the page's chunk has loaded.
  loader: () => prefetchCatalog(),
  component: Layout,
  notFoundComponent: NotFound,
});

// One lazy chunk per page: Recharts and each page's code load only when a page needs them.
const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  // The charts' queries run while the page's chunk loads (features/overview/prefetch.ts).
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => prefetchOverview(deps),
  component: lazyRouteComponent(() => import('../features/overview/OverviewPage.tsx'), 'OverviewPage'),
});
const exploreRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/explore',
  component: lazyRouteComponent(() => import('../features/explore/ExplorePage.tsx'), 'ExplorePage'),
});
const legalBasesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/legal-bases',
  component: lazyRouteComponent(() => import('../features/legal-bases/LegalBasesPage.tsx'), 'LegalBasesPage'),
});
const provisionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/legal-bases/$basisId',
  component: lazyRouteComponent(() => import('../features/legal-bases/ProvisionPage.tsx'), 'ProvisionPage'),
});
const agenciesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/agencies',
  component: lazyRouteComponent(() => import('../features/agencies/AgenciesPage.tsx'), 'AgenciesPage'),
});
const dataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/data',
  component: lazyRouteComponent(() => import('../features/data/DataPage.tsx'), 'DataPage'),
});
const methodologyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/methodology',
  component: lazyRouteComponent(() => import('../features/methodology/MethodologyPage.tsx'), 'MethodologyPage'),
});
const platformReportsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/platform-reports',
  component: lazyRouteComponent(() => import('../features/published/PlatformReportsPage.tsx'), 'PlatformReportsPage'),
});
const countryReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/platform-reports/$jurisdiction',
  component: lazyRouteComponent(() => import('../features/published/CountryReportPage.tsx'), 'CountryReportPage'),
});
const chartRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chart/$chartId',
  component: lazyRouteComponent(() => import('../features/chart/ChartPage.tsx'), 'ChartPage'),
});

// Accounts: sign-in, tokens and the audit trail, lazy like the rest (most readers never open them).
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  component: lazyRouteComponent(() => import('../features/login/LoginPage.tsx'), 'LoginPage'),
});
const tokensRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tokens',
  component: lazyRouteComponent(() => import('../features/tokens/TokensPage.tsx'), 'TokensPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('../features/audit/AuditPage.tsx'), 'AuditPage'),
});

// Data entry and catalogue admin (issue 11): signed-in pages, lazy like the account pages.
const entryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/enter',
  component: lazyRouteComponent(() => import('../features/entry/EntryPage.tsx'), 'EntryPage'),
});
const uploadRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/upload',
  component: lazyRouteComponent(() => import('../features/upload/UploadPage.tsx'), 'UploadPage'),
});
const catalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/catalogue',
  component: lazyRouteComponent(() => import('../features/catalogue/CataloguePage.tsx'), 'CataloguePage'),
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  exploreRoute,
  legalBasesRoute,
  provisionRoute,
  agenciesRoute,
  platformReportsRoute,
  countryReportRoute,
  dataRoute,
  methodologyRoute,
  chartRoute,
  loginRoute,
  tokensRoute,
  auditRoute,
  entryRoute,
  uploadRoute,
  catalogueRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  defaultErrorComponent: PageError,
  scrollRestoration: true,
  parseSearch: (text) => Object.fromEntries(new URLSearchParams(text)),
  stringifySearch: (search) => {
    const query = new URLSearchParams(serializeDashboardSearch(search)).toString().replaceAll('%2C', ',');
    return query ? `?${query}` : '';
  },
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
