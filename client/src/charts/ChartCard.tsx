/**
 * Every chart's frame (UI.md "Chart card anatomy"): title, one-line definition, the chart or its
 * state as a sentence, footer with n, sources and definitions, and the actions menu.
 */
import { Link } from '@tanstack/react-router';
import { type ReactNode, useRef, useState } from 'react';
import { type DashboardSearch, viewOf } from '../../../shared/dashboard-search.ts';
import { formatCount } from '../../../shared/format.ts';
import { useSourcesInView } from '../app/catalog.ts';
import { useDrawnView } from '../app/drawn-view.ts';
import { labelOf, useFilterOptions } from '../app/filter-options.ts';
import { describeView } from '../app/view-sentence.data.ts';
import { DataTableView } from '../components/DataTableView.tsx';
import { describeError } from '../lib/errors.ts';
import { ChartActions } from './ChartActions.tsx';
import { EmptyHint } from './EmptyHint.tsx';
import type { DataTable } from './export/csv.ts';
import type { SeriesKey } from './volume.data.ts';

export interface QueryState {
  isPending: boolean;
  isError: boolean;
  error: { message: string } | null;
  isFetching: boolean;
  /** The previous view's answer, shown while this view's loads (keepPreviousData). */
  isPlaceholderData?: boolean;
}

export interface ChartCardProps {
  /** The view the chart shows (the URL's, or a page's narrower one): its permalink and sources. */
  search: DashboardSearch;
  /** Chart id of the permalink `/chart/<id>`. */
  id: string;
  title: string;
  definition: string;
  /** Anchor of the metric on the Methodology page. */
  metric: string;
  query: QueryState;
  /** What the chart counts, for the footer: `n = 12,345 items`. */
  n: number | null;
  unit: string;
  table: DataTable | null;
  /** True when the answer has nothing to draw. */
  empty: boolean;
  /** Why it is empty when records do match (nothing decided yet…); else the card suggests a filter to remove. */
  emptyText?: string;
  /** What it is about, for the loading and empty sentences ("volume of requests"). */
  subject: string;
  legend?: SeriesKey[];
  /** Extra lines for exported images (what a numbered marker means). */
  exportNotes?: string[];
  controls?: ReactNode;
  wide?: boolean;
  children: ReactNode;
  below?: ReactNode;
}

export function ChartCard(props: ChartCardProps) {
  const { search } = props;
  const sources = useSourcesInView(search);
  const [asTable, setAsTable] = useState(false);
  const figure = useRef<HTMLElement>(null);
  const { query, table } = props;
  const options = useFilterOptions();
  // What the chart is filtered to, in words: on screen, in embeds and in exported images alike.
  const viewLine = describeView(search, (key, value) => labelOf(options, key, value));
  const footer = props.n === null ? '' : `n = ${formatCount(props.n)} ${props.unit} · ${viewLine}`;
  const sourceLine = `Source: ${sources.line || '…'} · Takedown Monitor`;
  const headingId = `chart-${props.id}-title`;
  // Placeholder figures are dimmed, n included, and not exported under this view's caption.
  const updating = query.isPlaceholderData === true;
  const view = useDrawnView(!query.isPending && !updating);
  let body: ReactNode;
  if (query.isPending) body = <p className="state">Loading the {props.subject}…</p>;
  else if (query.isError)
    body = (
      <p className="state error" role="alert">
        The {props.subject} could not be loaded: {describeError(query.error)}. Reload the page to try again.
      </p>
    );
  else if (props.empty)
    body = props.emptyText ? <p className="state">{props.emptyText}</p> : <EmptyHint search={search} />;
  else if (asTable && table) body = <DataTableView table={table} caption={props.title} />;
  else body = props.children;
  return (
    <figure
      ref={figure}
      className={`card${props.wide ? ' wide' : ''}`}
      aria-labelledby={headingId}
      aria-busy={query.isFetching}
      data-chart={props.id}
      data-view={view}
      data-state={query.isPending ? 'loading' : query.isError ? 'error' : props.empty ? 'empty' : 'ready'}
    >
      <div className="card-head">
        <h2 id={headingId}>
          <Link to="/chart/$chartId" params={{ chartId: props.id }} search={viewOf(search)}>
            {props.title}
          </Link>
        </h2>
        {table && !query.isPending && !query.isError && !props.empty && !updating && (
          <ChartActions
            id={props.id}
            title={props.title}
            caption={{
              title: props.title,
              definition: props.definition,
              footer,
              source: sourceLine,
              legend: props.legend,
              notes: props.exportNotes,
            }}
            table={table}
            search={search}
            figure={figure}
            asTable={asTable}
            onToggleTable={() => setAsTable((v) => !v)}
          />
        )}
      </div>
      <p className="definition">{props.definition}</p>
      {props.controls && <div className="card-controls no-print">{props.controls}</div>}
      {props.legend && !asTable && !props.empty && !query.isPending && (
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
      {props.below}
      <figcaption className="card-foot">
        {footer && (
          <span data-n={props.n ?? ''} className={updating ? 'refreshing' : undefined}>
            {footer}
          </span>
        )}
        <span>{sourceLine}</span>
        <Link to="/methodology" hash={props.metric}>
          Definitions
        </Link>
      </figcaption>
    </figure>
  );
}
