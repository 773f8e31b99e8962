/**
 * The card of published statistics (CardFrame's anatomy, as ChartCard), but its source line names
 * the publishers' reports, not our item-level sources, and its view line only the filters the
 * published figures follow. Table cards keep CSV and link, without image export.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { formatCount } from '../../../shared/format.ts';
import type { PublishedFormat } from '../../../shared/published.ts';
import type { PublishedCardText } from '../../../shared/published-metrics.ts';
import { labelOf, useFilterOptions } from '../app/filter-options.ts';
import { describeView } from '../app/view-sentence.data.ts';
import { trpc } from '../lib/trpc.ts';
import { CardFrame } from './CardFrame.tsx';
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
  const { search } = props;
  const options = useFilterOptions();
  const files = useQuery(trpc.published.sources.queryOptions());
  const title = props.title ?? props.text.title;
  const viewLine = describeView(publishedView(search), (key, value) => labelOf(options, key, value));
  const footer =
    props.n === null ? '' : `n = ${formatCount(props.n)} ${props.unit}${props.unfiltered ? '' : ` · ${viewLine}`}`;
  const reports = sourceLine(files.data ?? [], props.formats, props.publishers);
  const source = `Source: ${reports || (files.data ? 'no report in view' : '…')} · Takedown Monitor`;
  const answered = !props.query.isPending && !props.query.isError && !props.empty;
  return (
    <CardFrame
      {...props}
      title={title}
      definition={props.text.definition}
      metric={props.text.metric}
      anchor={props.tableOnly ? props.id : undefined}
      heading={
        props.tableOnly ? (
          <a href={`#${props.id}`}>{title}</a>
        ) : (
          <Link to="/chart/$chartId" params={{ chartId: props.id }} search={search}>
            {title}
          </Link>
        )
      }
      footer={footer}
      source={source}
      emptyBody={props.emptyText ? <p className="state">{props.emptyText}</p> : <PublishedEmptyHint search={search} />}
      below={answered && props.below}
      actions={({ figure, asTable, toggleTable }) =>
        props.table &&
        (props.tableOnly ? (
          <PublishedTableActions id={props.id} table={props.table} />
        ) : (
          <ChartActions
            id={props.id}
            title={title}
            caption={{ title, definition: props.text.definition, footer, source, legend: props.legend }}
            table={props.table}
            search={search}
            figure={figure}
            asTable={asTable}
            onToggleTable={toggleTable}
          />
        ))
      }
    />
  );
}
