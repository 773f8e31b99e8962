/** The actions menu of a chart card: CSV, PNG, SVG, table view, embed code, link. */
import { type RefObject, useState } from 'react';
import { type DashboardSearch, serializeDashboardSearch, viewOf } from '../../../shared/dashboard-search.ts';
import { type DataTable, toCsv } from './export/csv.ts';
import { type Caption, composeSvg, downloadBlob, svgToPng } from './export/download.ts';

interface Props {
  id: string;
  title: string;
  caption: Caption;
  table: DataTable;
  search: DashboardSearch;
  figure: RefObject<HTMLElement | null>;
  asTable: boolean;
  onToggleTable: () => void;
}

export function ChartActions({ id, title, caption, table, search, figure, asTable, onToggleTable }: Props) {
  const [message, setMessage] = useState('');
  const query = new URLSearchParams(serializeDashboardSearch(viewOf(search))).toString().replaceAll('%2C', ',');
  const permalink = `${window.location.origin}/chart/${id}${query ? `?${query}` : ''}`;
  const embedUrl = `${permalink}${query ? '&' : '?'}embed=1`;
  const file = `takedown-monitor-${id}`;
  const chartSvg = () =>
    figure.current?.querySelector<SVGSVGElement>('.chart-body svg.chart-svg, .chart-body svg.recharts-surface');
  const image = async (kind: 'svg' | 'png') => {
    const svg = chartSvg();
    if (!svg) return setMessage('Switch back to the chart view to save it as an image.');
    const composed = composeSvg(svg, caption);
    if (kind === 'svg') return downloadBlob(`${file}.svg`, new Blob([composed.svg], { type: 'image/svg+xml' }));
    try {
      downloadBlob(`${file}.png`, await svgToPng(composed.svg, composed.width, composed.height));
    } catch (error) {
      setMessage((error as Error).message);
    }
  };
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(`${what} copied.`);
    } catch {
      setMessage(`Copy this ${what.toLowerCase()}: ${text}`);
    }
  };
  return (
    <details className="actions no-print">
      <summary aria-label={`Actions for “${title}”`}>Download ▾</summary>
      <div className="actions-menu">
        <button
          type="button"
          onClick={() => downloadBlob(`${file}.csv`, new Blob([toCsv(table)], { type: 'text/csv' }))}
        >
          CSV (numbers drawn)
        </button>
        <button type="button" onClick={() => image('png')}>
          PNG image
        </button>
        <button type="button" onClick={() => image('svg')}>
          SVG image
        </button>
        <button type="button" onClick={onToggleTable} aria-pressed={asTable}>
          {asTable ? 'Show chart' : 'Show as table'}
        </button>
        <button
          type="button"
          onClick={() =>
            copy(
              `<iframe src="${embedUrl}" title="${title.replaceAll('"', '&quot;')}" width="100%" height="520" style="border:0"></iframe>`,
              'Embed code',
            )
          }
        >
          Copy embed code
        </button>
        <button type="button" onClick={() => copy(permalink, 'Link')}>
          Copy link to chart
        </button>
        {message && (
          <p className="muted" role="status">
            {message}
          </p>
        )}
      </div>
    </details>
  );
}
