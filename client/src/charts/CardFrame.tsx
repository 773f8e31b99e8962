/**
 * The one frame of every card (UI.md "Chart card anatomy"): title, one-line definition, the chart
 * or its state as a sentence, legend, footer with n, source and definitions, and the actions menu.
 * ChartCard and PublishedCard decide the wording of the footer and source lines; this draws them.
 */
import { Link } from '@tanstack/react-router';
import { type ReactNode, type RefObject, useRef, useState } from 'react';
import { useDrawnView } from '../app/drawn-view.ts';
import { DataTableView } from '../components/DataTableView.tsx';
import { describeError } from '../lib/errors.ts';
import type { QueryState } from './ChartCard.tsx';
import type { DataTable } from './export/csv.ts';
import type { SeriesKey } from './volume.data.ts';

export interface CardActionsArgs {
  figure: RefObject<HTMLElement | null>;
  asTable: boolean;
  toggleTable: () => void;
}

export interface CardFrameProps {
  id: string;
  title: string;
  /** The title as a link: to the chart's permalink, or to the card's anchor. */
  heading: ReactNode;
  /** The card's own anchor (table cards are linked to by `#id`). */
  anchor?: string;
  definition: string;
  metric: string;
  query: QueryState;
  n: number | null;
  /** `n = … · view`, '' when there is no n. */
  footer: string;
  source: string;
  table: DataTable | null;
  empty: boolean;
  /** What an empty answer says: a sentence, or a hint naming a filter to remove. */
  emptyBody: ReactNode;
  subject: string;
  legend?: SeriesKey[];
  controls?: ReactNode;
  wide?: boolean;
  /** The actions menu, drawn only when there are figures of this view to act on. */
  actions: (args: CardActionsArgs) => ReactNode;
  children: ReactNode;
  below?: ReactNode;
}

export function CardFrame(props: CardFrameProps) {
  const { query, table } = props;
  const [asTable, setAsTable] = useState(false);
  const figure = useRef<HTMLElement>(null);
  const headingId = `chart-${props.id}-title`;
  // Placeholder figures are dimmed, n included, and not exported under this view's caption.
  const updating = query.isPlaceholderData === true;
  const view = useDrawnView(!query.isPending && !updating);
  const answered = !query.isPending && !query.isError && !props.empty;
  let body: ReactNode;
  if (query.isPending) body = <p className="state">Loading the {props.subject}…</p>;
  else if (query.isError)
    body = (
      <p className="state error" role="alert">
        The {props.subject} could not be loaded: {describeError(query.error)}. Reload the page to try again.
      </p>
    );
  else if (props.empty) body = props.emptyBody;
  else if (asTable && table) body = <DataTableView table={table} caption={props.title} />;
  else body = props.children;
  return (
    <figure
      ref={figure}
      id={props.anchor}
      className={`card${props.wide ? ' wide' : ''}`}
      aria-labelledby={headingId}
      aria-busy={query.isFetching}
      data-chart={props.id}
      data-view={view}
      data-state={query.isPending ? 'loading' : query.isError ? 'error' : props.empty ? 'empty' : 'ready'}
    >
      <div className="card-head">
        <h2 id={headingId}>{props.heading}</h2>
        {table && answered && !updating && props.actions({ figure, asTable, toggleTable: () => setAsTable((v) => !v) })}
      </div>
      <p className="definition">{props.definition}</p>
      {props.controls && <div className="card-controls no-print">{props.controls}</div>}
      {props.legend && !asTable && answered && (
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
        {props.footer && (
          <span data-n={props.n ?? ''} className={updating ? 'refreshing' : undefined}>
            {props.footer}
          </span>
        )}
        <span>{props.source}</span>
        <Link to="/methodology" hash={props.metric}>
          Definitions
        </Link>
      </figcaption>
    </figure>
  );
}
