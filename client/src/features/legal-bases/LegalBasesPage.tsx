/** The catalogue of legal bases cited, with links to one page per provision. */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { viewOf } from '../../../../shared/dashboard-search.ts';
import { formatCount, humanize } from '../../../../shared/format.ts';
import { useDashboardSearch } from '../../app/search.ts';
import { LegalBasisChart } from '../../charts/LegalBasisChart.tsx';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';

export function LegalBasesPage() {
  const search = useDashboardSearch();
  const catalog = useQuery(
    trpc.catalog.legalBases.queryOptions({ jurisdictions: search.jurisdictions, categories: search.categories }),
  );
  const bases = [...(catalog.data ?? [])].sort((a, b) => b.items - a.items);
  return (
    <>
      <h1>Legal bases</h1>
      <p className="prose">
        The provisions governments cite when they ask for content to come down. Counts in the catalogue are all recorded
        items (not narrowed by the period or platform filters); each provision’s own page charts it under the current
        filters.
      </p>
      <LegalBasisChart search={{ ...search, level: search.level ?? 'provision' }} />
      <h2>Catalogue</h2>
      {catalog.isPending && <p className="state">Loading the catalogue of legal bases…</p>}
      {catalog.isError && (
        <p className="state error" role="alert">
          The catalogue could not be loaded: {describeError(catalog.error)}.
        </p>
      )}
      {catalog.data && bases.length === 0 && (
        <p className="state">No legal basis is catalogued for these jurisdictions.</p>
      )}
      {bases.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Provision</th>
                <th scope="col">Title</th>
                <th scope="col">Category</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Requests
                </th>
                <th scope="col" className="num">
                  Items
                </th>
              </tr>
            </thead>
            <tbody>
              {bases.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <Link to="/legal-bases/$basisId" params={{ basisId: String(b.id) }} search={viewOf(search)}>
                      {b.label}
                    </Link>
                  </th>
                  <td>{b.title ?? <span className="muted">untitled</span>}</td>
                  <td>{humanize(b.category)}</td>
                  <td>{b.status}</td>
                  <td className="num">{formatCount(b.requests)}</td>
                  <td className="num">{formatCount(b.items)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
