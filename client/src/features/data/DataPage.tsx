/** Data & sources: where every figure comes from, under which licence, covering which dates; how to take it away. */
import { useQueries, useQuery } from '@tanstack/react-query';
import { formatCount, humanize } from '../../../../shared/format.ts';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';

const apiUrl = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

export function DataPage() {
  const sources = useQuery(trpc.catalog.sources.queryOptions());
  const coverage = useQueries({
    queries: (sources.data ?? []).map((s) => trpc.stats.overview.queryOptions({ filters: { sources: [s.name] } })),
  });
  return (
    <div className="prose-wide">
      <h1>Data and sources</h1>
      <p className="prose">
        Every record comes from a named source. A source of kind <em>synthetic</em> is generated demo data: its figures
        are illustrative, not findings, and every page that shows it says so.
      </p>
      {sources.isPending && <p className="state">Loading the sources…</p>}
      {sources.isError && (
        <p className="state error" role="alert">
          The sources could not be loaded: {describeError(sources.error)}.
        </p>
      )}
      {sources.data?.length === 0 && <p className="state">No source has sent any record yet.</p>}
      {(sources.data ?? []).map((s, i) => {
        const period = coverage[i]?.data?.period;
        return (
          <section key={s.name} className="card source" data-source={s.name}>
            <h2>
              {s.name} {s.kind === 'synthetic' && <span className="tag">synthetic demo data</span>}
            </h2>
            <dl className="facts">
              <dt>Kind</dt>
              <dd>{humanize(s.kind)}</dd>
              <dt>Licence</dt>
              <dd>{s.license ?? 'not stated — ask the source before reusing'}</dd>
              <dt>Coverage</dt>
              <dd>
                {period
                  ? `requests submitted ${period.from} to ${period.to}`
                  : coverage[i]?.isPending
                    ? 'loading…'
                    : 'no live records'}
              </dd>
              <dt>Records</dt>
              <dd className="num">
                {formatCount(s.requests)} requests, {formatCount(s.items)} items
              </dd>
              {s.url && (
                <>
                  <dt>Web</dt>
                  <dd>
                    <a href={s.url}>{s.url}</a>
                  </dd>
                </>
              )}
              {s.notes && (
                <>
                  <dt>Notes</dt>
                  <dd>{s.notes}</dd>
                </>
              )}
              <dt>Export</dt>
              <dd>
                every record, without content URLs: <a href={`/export/${s.name}.csv`}>CSV</a> ·{' '}
                <a href={`/export/${s.name}.jsonl`}>JSONL</a> (the interchange formats) ·{' '}
                <a href={apiUrl('stats.volume', { filters: { sources: [s.name] }, granularity: 'month' })}>
                  monthly volume (JSON)
                </a>
              </dd>
            </dl>
          </section>
        );
      })}
      <h2>Taking the data away</h2>
      <p className="prose">
        Every chart has a CSV of exactly the numbers it draws. The API is plain JSON over HTTP (tRPC without a
        transformer): <code>GET /trpc/stats.volume?input=…</code> with the same filters as the page’s address. Content
        URLs are never published.
      </p>
    </div>
  );
}
