/** "Where publishers contradict themselves": TOTAL rows that differ from their rows, and restated figures. */
import { useQuery } from '@tanstack/react-query';
import type { DashboardSearch } from '../../../../shared/dashboard-search.ts';
import { formatCount } from '../../../../shared/format.ts';
import { PUBLISHED_CARDS } from '../../../../shared/published-metrics.ts';
import { PublishedCard } from '../../charts/PublishedCard.tsx';
import { publisherName } from '../../charts/published-common.data.ts';
import { trpc } from '../../lib/trpc.ts';
import { checkGroups, restatementChange, restatementPeriod } from './checks.data.ts';

export function ChecksCard({ search }: { search: DashboardSearch }) {
  const query = useQuery(trpc.published.checks.queryOptions());
  const groups = checkGroups(query.data?.checks ?? []);
  const restatements = query.data?.restatements ?? [];
  const more = query.data?.moreRestatements ?? 0;
  const n = groups.reduce((s, g) => s + g.messages.length, 0) + restatements.length + more;
  const table = {
    columns: [
      { key: 'kind', label: 'Kind' },
      { key: 'publisher', label: 'Publisher' },
      { key: 'what', label: 'What' },
      { key: 'change', label: 'Change or message' },
      { key: 'files', label: 'File(s)' },
    ],
    rows: [
      ...groups.flatMap((g) =>
        g.messages.map((m) => ({ kind: 'total row', publisher: g.publisher, what: '', change: m, files: g.fileName })),
      ),
      ...restatements.map((r) => ({
        kind: 'restatement',
        publisher: publisherName(r.publisher),
        what: `${r.label} · ${restatementPeriod(r)}`,
        change: restatementChange(r),
        files: `${r.old.fileName} → ${r.new.fileName}`,
      })),
    ],
  };
  return (
    <PublishedCard
      search={search}
      id="published-checks"
      wide
      tableOnly
      unfiltered
      text={PUBLISHED_CARDS.checks}
      subject="publishers’ contradictions"
      query={query}
      n={query.data ? n : null}
      unit="contradictions, in every file imported (the filters do not apply)"
      table={query.data ? table : null}
      empty={n === 0}
      emptyText="No publisher contradicts itself in the files imported: every TOTAL row equals the rows above it, and no newer export changed a past figure."
      formats={['google-removals', 'google-detailed', 'x-removals', 'dsa-orders', 'dsa-complaints']}
    >
      {groups.length > 0 && <h3>Total rows that differ from their rows</h3>}
      {groups.map((g) => (
        <section key={g.key} className="check-group">
          <h4>
            {g.publisher} · <code>{g.fileName}</code>
          </h4>
          <ul>
            {g.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      ))}
      {restatements.length > 0 && (
        <>
          <h3>Figures a newer export changed</h3>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Publisher</th>
                  <th scope="col">Figure</th>
                  <th scope="col">Half-year</th>
                  <th scope="col">Old → new</th>
                  <th scope="col">Files</th>
                </tr>
              </thead>
              <tbody>
                {restatements.map((r) => (
                  <tr key={`${r.key}-${r.periodEnd}-${r.new.fileName}`}>
                    <th scope="row">{publisherName(r.publisher)}</th>
                    <td>{r.label}</td>
                    <td>{restatementPeriod(r)}</td>
                    <td className="num">{restatementChange(r)}</td>
                    <td>
                      {r.old.fileName} → {r.new.fileName}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {more > 0 && <p className="note">{formatCount(more)} more restatements are counted but not listed.</p>}
        </>
      )}
    </PublishedCard>
  );
}
