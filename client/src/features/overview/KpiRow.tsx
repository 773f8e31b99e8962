/** Five headline figures, each with its change against the previous period of equal length. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DashboardSearch } from '../../../../shared/dashboard-search.ts';
import { NULL_RATE_NOTE } from '../../../../shared/format.ts';
import { useDrawnView } from '../../app/drawn-view.ts';
import { headlineQuery } from '../../charts/queries.ts';
import { describeError } from '../../lib/errors.ts';
import { kpis } from './kpi.data.ts';

export function KpiRow({ search }: { search: DashboardSearch }) {
  const query = useQuery({ ...headlineQuery(search), placeholderData: keepPreviousData });
  // The previous view's figures, kept while this view's load: they must not pass for this view's.
  const updating = query.isPlaceholderData;
  const view = useDrawnView(!query.isPending && !updating);
  let body: ReactNode;
  if (query.isPending) body = <p className="state">Loading the headline figures…</p>;
  else if (query.isError)
    body = (
      <p className="state error" role="alert">
        The headline figures could not be loaded: {describeError(query.error)}. Reload the page to try again.
      </p>
    );
  else {
    const o = query.data;
    body = (
      <>
        <p className="period-note">
          {updating ? (
            'Updating the figures for this view; those shown are still the previous view’s…'
          ) : (
            <>
              {o.period ? `${o.period.from} to ${o.period.to}` : 'No records match these filters.'}
              {o.previous ? ` · changes against ${o.previous.period.from} to ${o.previous.period.to}` : ''}
            </>
          )}
        </p>
        <dl className={`kpis${updating ? ' refreshing' : ''}`}>
          {kpis(o).map((k) => (
            <div key={k.id} className="kpi" data-kpi={k.id}>
              <dt>{k.label}</dt>
              <dd className="kpi-value num">{k.value}</dd>
              <dd className={`kpi-change ${k.change.direction}`}>{k.change.text}</dd>
              <dd>
                <details className="kpi-def">
                  <summary>Definition</summary>
                  {k.definition}
                  {k.value === '—' ? ` ${NULL_RATE_NOTE}` : ''}
                </details>
              </dd>
            </div>
          ))}
        </dl>
      </>
    );
  }
  return (
    <section aria-label="Headline figures" aria-busy={query.isPending || updating} data-view={view}>
      {body}
    </section>
  );
}
