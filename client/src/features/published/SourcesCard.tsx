/** Every published file imported: what it is, its checksum, what it covers, and what a reader should know. */
import { useQuery } from '@tanstack/react-query';
import type { DashboardSearch } from '../../../../shared/dashboard-search.ts';
import { formatCount } from '../../../../shared/format.ts';
import type { PublishedSourceFile } from '../../../../shared/published.ts';
import { PUBLISHED_CARDS } from '../../../../shared/published-metrics.ts';
import { PublishedCard } from '../../charts/PublishedCard.tsx';
import { publisherName } from '../../charts/published-common.data.ts';
import { trpc } from '../../lib/trpc.ts';

const coverage = (f: PublishedSourceFile) =>
  `${f.periodStart ?? '?'} to ${f.periodEnd ?? '?'} · ${formatCount(f.jurisdictions)} jurisdiction${f.jurisdictions === 1 ? '' : 's'}${
    f.platforms.length ? ` · ${f.platforms.join(', ')}` : ''
  }`;

export function SourcesCard({ search }: { search: DashboardSearch }) {
  const query = useQuery(trpc.published.sources.queryOptions());
  const files = query.data ?? [];
  const table = {
    columns: [
      { key: 'fileName', label: 'File' },
      { key: 'publisher', label: 'Publisher' },
      { key: 'format', label: 'Layout' },
      { key: 'sha256', label: 'SHA-256' },
      { key: 'importedAt', label: 'Imported at' },
      { key: 'coverage', label: 'Coverage' },
      { key: 'rows', label: 'Rows' },
      { key: 'current', label: 'Rows current' },
      { key: 'restated', label: 'Rows restated' },
      { key: 'warnings', label: 'Warnings' },
    ],
    rows: files.map((f) => ({
      ...f,
      publisher: publisherName(f.publisher),
      coverage: coverage(f),
      platforms: f.platforms.join(' '),
      warnings: f.warnings.join(' | '),
    })),
  };
  return (
    <PublishedCard
      search={search}
      id="published-sources"
      wide
      tableOnly
      unfiltered
      text={PUBLISHED_CARDS.sources}
      subject="imported report files"
      query={query}
      n={query.data ? files.length : null}
      unit="files, whatever the filters"
      table={query.data ? table : null}
      empty={files.length === 0}
      emptyText="No platform report has been imported yet: `npm run import -- <folder of report CSVs>`."
      formats={['google-removals', 'google-detailed', 'x-removals', 'dsa-orders', 'dsa-complaints']}
    >
      <div className="table-scroll">
        <table className="data-table sources-table">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Publisher</th>
              <th scope="col">SHA-256</th>
              <th scope="col">Imported</th>
              <th scope="col">Coverage</th>
              <th scope="col">Rows</th>
              <th scope="col">Warnings</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id}>
                <th scope="row" className="file-name">
                  {f.fileName}
                  <div className="muted">{f.format}</div>
                </th>
                <td>{publisherName(f.publisher)}</td>
                <td>
                  <code title={f.sha256}>{f.sha256.slice(0, 12)}</code>
                </td>
                <td>{f.importedAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{coverage(f)}</td>
                <td className="num">
                  {formatCount(f.rows)}
                  {f.restated > 0 && <div className="muted">{formatCount(f.restated)} restated</div>}
                </td>
                <td>
                  {f.warnings.length === 0 ? (
                    'none'
                  ) : (
                    <details>
                      <summary>{f.warnings.length === 1 ? '1 warning' : `${f.warnings.length} warnings`}</summary>
                      <ul>
                        {f.warnings.map((w) => (
                          <li key={w}>{w}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PublishedCard>
  );
}
