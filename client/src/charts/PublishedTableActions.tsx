/** Actions of a published table card: its numbers as CSV, and a link to the card on its page. */
import { useState } from 'react';
import { type DataTable, toCsv } from './export/csv.ts';
import { downloadBlob } from './export/download.ts';

export function PublishedTableActions({ id, table }: { id: string; table: DataTable }) {
  const [message, setMessage] = useState('');
  const copyLink = async () => {
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied.');
    } catch {
      setMessage(`Copy this link: ${url}`);
    }
  };
  return (
    <details className="actions no-print">
      <summary aria-label={`Actions for table ${id}`}>Download ▾</summary>
      <div className="actions-menu">
        <button
          type="button"
          onClick={() => downloadBlob(`takedown-monitor-${id}.csv`, new Blob([toCsv(table)], { type: 'text/csv' }))}
        >
          CSV (every row shown)
        </button>
        <button type="button" onClick={copyLink}>
          Copy link to this table
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
