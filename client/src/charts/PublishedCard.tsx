/**
 * The chart card of published statistics: ChartCard's anatomy (title, definition, the chart or
 * its state as a sentence, footer with n, view and source, actions), but its source line names
 * the publishers' reports, not our item-level sources, and its view line only the filters the
 * published figures follow. Table cards keep CSV and link, without image export.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useRef, useState } from 'react';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { formatCount } from '../../../shared/format.ts';
import type { PublishedFormat } from '../../../shared/published.ts';
import type { PublishedCardText } from '../../../shared/published-metrics.ts';
import { labelOf, useFilterOptions } from '../app/filter-options.ts';
import { describeView } from '../app/view-sentence.data.ts';
import { DataTableView } from '../components/DataTableView.tsx';
import { describeError } from '../lib/errors.ts';
import { trpc } from '../lib/trpc.ts';
import { ChartActions } from './ChartActions.tsx';
import type { QueryState } from './ChartCard.tsx';
import type { DataTable } from './export/csv.ts';
import { PublishedEmptyHint } from './PublishedEmptyHint.tsx';
import { PublishedTableActions } from './PublishedTableActions.tsx';
import { sourceLine } from './published-common.data.ts';
import { publishedView } from './published-filters.data.ts';
import type { SeriesKey } from './volume.data.ts';

export interface PublishedCardProps {
  search: DashboardSearch;
  /** Chart id: `/chart/<id>` for charts in the registry; the card's anchor for table cards. */
  id: string;
  text: PublishedCardText;
  /** A title that says more than the plain one (the split chosen …). */
  title?: string;
  query: QueryState;
  n: number | null;
  unit: string;
  table: DataTable | null;
  empty: boolean;
  emptyText?: string;
  subject: string;
  /** The layouts drawn on: the source line. */
  formats: PublishedFormat[];
  /** The publishers whose rows are drawn, when known (the source line names only them). */
  publishers?: string[];
  /** Figures about every imported file: the footer names no view. */
  unfiltered?: boolean;
  legend?: SeriesKey[];
  controls?: ReactNode;
  wide?: boolean;
  /** A table, not a chart: no image export or table toggle; the title links to the card on its page. */
  tableOnly?: boolean;
  children: ReactNode;
  below?: ReactNode;
}

export function PublishedCard(props: PublishedCardProps) {
  const { search, query, table } = props;
  const [asTable, setAsTable] = useState(false);
  const figure = useRef<HTMLElement>(null);
  const options = useFilterOptions();
  const files = useQuery(trpc.published.sources.queryOptions());
  const title = props.title ?? props.text.title;
  const viewLine = describeView(publishedView(search), (key, value) => labelOf(options, key, value));
  const footer =
    props.n === null ? '' : `n = ${formatCount(props.n)} ${props.unit}${props.unfiltered ? '' : ` · ${viewLine}`}`;
  const reports = sourceLine(files.data ?? [], props.formats, props.publishers);
  const sourceLineText = `Source: ${reports || (files.data ? 'no report in view' : '…')} · Takedown Monitor`;
  const headingId = `chart-${props.id}-title`;
  // The previous view's figures, kept while this view's load, are dimmed and not exported (as ChartCard).
  const updating = query.isPlaceholderData === true;
  // `data-view`: the URL these figures were drawn for, '' while there are none or they are the
  // previous view's; browser tests wait for it to equal the page's URL (ChartCard does the same).
  const here = useRouterState({ select: (s) => s.location.pathname + s.location.searchStr });
  const view = !query.isPending && !updating ? here : '';
  const ready = table && !query.isPending && !query.isError && !props.empty;
  let body: ReactNode;
  if (query.isPending) body = <p className="state">Loading the {props.subject}…</p>;
  else if (query.isError)
    body = (
      <p className="state error" role="alert">
        The {props.subject} could not be loaded: {describeError(query.error)}. Reload the page to try again.
      </p>
    );
  else if (props.empty)
    body = props.emptyText ? <p className="state">{props.emptyText}</p> : <PublishedEmptyHint search={search} />;
  else if (asTable && table) body = <DataTableView table={table} caption={title} />;
  else body = props.children;
  return (
    <figure
      ref={figure}
      id={props.tableOnly ? props.id : undefined}
      className={`card${props.wide ? ' wide' : ''}`}
      aria-labelledby={headingId}
      aria-busy={query.isFetching}
      data-chart={props.id}
      data-view={view}
      data-state={query.isPending ? 'loading' : query.isError ? 'error' : props.empty ? 'empty' : 'ready'}
    >
      <div className="card-head">
        <h2 id={headingId}>
          {props.tableOnly ? (
            <a href={`#${props.id}`}>{title}</a>
          ) : (
            <Link to="/chart/$chartId" params={{ chartId: props.id }} search={search}>
              {title}
            </Link>
          )}
        </h2>
        {ready && !updating && props.tableOnly && <PublishedTableActions id={props.id} table={table} />}
        {ready && !updating && !props.tableOnly && (
          <ChartActions
            id={props.id}
            title={title}
            caption={{
              title,
              definition: props.text.definition,
              footer,
              source: sourceLineText,
              legend: props.legend,
            }}
            table={table}
            search={search}
            figure={figure}
            asTable={asTable}
            onToggleTable={() => setAsTable((v) => !v)}
          />
        )}
      </div>
      <p className="definition">{props.text.definition}</p>
      {props.controls && <div className="card-controls no-print">{props.controls}</div>}
      {props.legend && !asTable && ready && (
        <ul className="legend" aria-label="Legend">
          {props.legend.map((k) => (
            <li key={k.key}>
              <span className="swatch" style={{ background: k.colour }} aria-hidden="true" />
              {k.label}
            </li>
          ))}
        </ul>
      )}
      <div className={`chart-body${query.isFetching && !query.isPending ? ' refreshing' : ''}`}>{body}</div>
      {ready && props.below}
      <figcaption className="card-foot">
        {footer && (
          <span data-n={props.n ?? ''} className={updating ? 'refreshing' : undefined}>
            {footer}
          </span>
        )}
        <span>{sourceLineText}</span>
        <Link to="/methodology" hash={props.text.metric}>
          Definitions
        </Link>
      </figcaption>
    </figure>
  );
}
