/**
 * The card of a chart over our own records (UI.md "Chart card anatomy", drawn by CardFrame): its
 * footer names the view and its source line the sources of the records in view.
 */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { type DashboardSearch, viewOf } from '../../../shared/dashboard-search.ts';
import { formatCount } from '../../../shared/format.ts';
import { useSourcesInView } from '../app/catalog.ts';
import { labelOf, useFilterOptions } from '../app/filter-options.ts';
import { describeView } from '../app/view-sentence.data.ts';
import { CardFrame } from './CardFrame.tsx';
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
  const options = useFilterOptions();
  // What the chart is filtered to, in words: on screen, in embeds and in exported images alike.
  const viewLine = describeView(search, (key, value) => labelOf(options, key, value));
  const footer = props.n === null ? '' : `n = ${formatCount(props.n)} ${props.unit} · ${viewLine}`;
  const sourceLine = `Source: ${sources.line || '…'} · Takedown Monitor`;
  return (
    <CardFrame
      {...props}
      heading={
        <Link to="/chart/$chartId" params={{ chartId: props.id }} search={viewOf(search)}>
          {props.title}
        </Link>
      }
      footer={footer}
      source={sourceLine}
      emptyBody={props.emptyText ? <p className="state">{props.emptyText}</p> : <EmptyHint search={search} />}
      actions={({ figure, asTable, toggleTable }) =>
        props.table && (
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
            table={props.table}
            search={search}
            figure={figure}
            asTable={asTable}
            onToggleTable={toggleTable}
          />
        )
      }
    />
  );
}
