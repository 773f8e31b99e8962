/** Site frame: header and navigation, synthetic-data banner, filter bar, print header. Embeds get the page alone. */
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { viewOf } from '../../../shared/dashboard-search.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { useSourcesInView } from './catalog.ts';
import { FilterBar } from './filters/FilterBar.tsx';
import { IgnoredParams } from './IgnoredParams.tsx';
import { useMenuDismissal } from './menus.ts';
import { PrintHeader } from './PrintHeader.tsx';
import { SessionNotice } from './SessionNotice.tsx';
import { useDashboardSearch } from './search.ts';

const NAV = [
  { to: '/', label: 'Overview' },
  { to: '/explore', label: 'Explore' },
  { to: '/legal-bases', label: 'Legal bases' },
  { to: '/agencies', label: 'Agencies' },
  { to: '/platform-reports', label: 'Platform reports' },
  { to: '/data', label: 'Data' },
  { to: '/methodology', label: 'Methodology' },
] as const;

/** Pages about the data as a whole, or about accounts, where the view's filters do not apply. */
const UNFILTERED = ['/data', '/methodology', '/login', '/tokens', '/audit', '/enter', '/upload', '/catalogue'];
const ACCOUNT_PAGES: Record<string, string> = {
  '/login': 'Sign in',
  '/tokens': 'API tokens',
  '/audit': 'Audit trail',
  '/enter': 'Enter a request',
  '/upload': 'Bulk upload',
  '/catalogue': 'Catalogue',
};

export function Layout() {
  const search = useDashboardSearch();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const sources = useSourcesInView(search);
  useMenuDismissal();
  if (search.embed) {
    return (
      <main className="embed">
        <Outlet />
      </main>
    );
  }
  const filtered = !UNFILTERED.includes(path);
  const pageName =
    ACCOUNT_PAGES[path] ??
    NAV.find((n) => n.to !== '/' && path.startsWith(n.to))?.label ??
    (path === '/' ? 'Overview' : 'Chart');
  return (
    <>
      <title>{`${pageName} · Takedown Monitor`}</title>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" search={viewOf(search)} className="brand">
          Takedown Monitor
        </Link>
        <nav aria-label="Pages">
          {NAV.map((n) => (
            <Link
              key={n.to}
              to={n.to}
              search={viewOf(search)}
              activeOptions={{ exact: n.to === '/', includeSearch: false }}
            >
              {n.label}
            </Link>
          ))}
        </nav>
        <AccountMenu />
      </header>
      <SessionNotice />
      {sources.synthetic && !(path in ACCOUNT_PAGES) && (
        <p className="synthetic-banner" role="note">
          SYNTHETIC DEMO DATA — figures are illustrative, not findings (source: {sources.names.join(', ')}).
        </p>
      )}
      {filtered && <FilterBar />}
      <PrintHeader filtered={filtered} />
      <main id="main" className="page">
        <IgnoredParams />
        <Outlet />
      </main>
      <footer className="site-footer">
        Takedown Monitor · open source (AGPL-3.0) · every figure is defined on the{' '}
        <Link to="/methodology">Methodology</Link> page · sources on the <Link to="/data">Data</Link> page.
      </footer>
    </>
  );
}
