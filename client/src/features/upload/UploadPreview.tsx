/** The preview of a clean file: what a commit would do to the stored records or figures, and its first rows. */
import { formatCount } from '../../../../shared/format.ts';
import type { PublishedPreviewRow, UploadCounts, UploadKind, UploadPreviewRow } from '../../../../shared/uploads.ts';
import { KIND_TEXT } from './kinds.ts';

const STATUS_LABEL = { created: 'new', updated: 'changed', unchanged: 'unchanged' } as const;
const count = (n: number | null) => (n === null ? '–' : formatCount(n));

export function CountsList({ counts, kind, label }: { counts: UploadCounts; kind: UploadKind; label: string }) {
  const [created, updated, unchanged, items] = KIND_TEXT[kind].counts;
  return (
    <dl className="upload-counts" aria-label={label}>
      <div data-count="created">
        <dt>{created}</dt>
        <dd className="num">{formatCount(counts.created)}</dd>
      </div>
      <div data-count="updated">
        <dt>{updated}</dt>
        <dd className="num">{formatCount(counts.updated)}</dd>
      </div>
      <div data-count="unchanged">
        <dt>{unchanged}</dt>
        <dd className="num">{formatCount(counts.unchanged)}</dd>
      </div>
      <div data-count="items">
        <dt>{items}</dt>
        <dd className="num">{formatCount(counts.items)}</dd>
      </div>
    </dl>
  );
}

export function FirstRows({ rows, records }: { rows: UploadPreviewRow[]; records: number }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          The first {formatCount(rows.length)} of {formatCount(records)} requests in the file
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Request</th>
            <th scope="col">Source</th>
            <th scope="col">Jurisdiction</th>
            <th scope="col">Agency</th>
            <th scope="col">Platform</th>
            <th scope="col">Submitted</th>
            <th scope="col">Items</th>
            <th scope="col">Will be</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td className="num">{r.line}</td>
              <td className="nowrap">{r.externalId}</td>
              <td className="nowrap">{r.source}</td>
              <td>{r.jurisdiction}</td>
              <td>{r.agency}</td>
              <td>{r.platform}</td>
              <td className="nowrap">{r.submittedAt.slice(0, 10)}</td>
              <td className="num">{formatCount(r.items)}</td>
              <td>
                <span className={`status-tag ${r.status}`}>{STATUS_LABEL[r.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FirstFigures({ rows, records }: { rows: PublishedPreviewRow[]; records: number }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          The first {formatCount(rows.length)} of {formatCount(records)} figures in the file
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Platform</th>
            <th scope="col">Jurisdiction</th>
            <th scope="col">Period</th>
            <th scope="col">What it counts</th>
            <th scope="col">Requests</th>
            <th scope="col">Items</th>
            <th scope="col">Will be</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td className="num">{r.line}</td>
              <td>{r.platform}</td>
              <td>{r.jurisdiction}</td>
              <td className="nowrap">
                {r.periodStart} to {r.periodEnd}
              </td>
              <td>{r.detail}</td>
              <td className="num">{count(r.requests)}</td>
              <td className="num">{count(r.items)}</td>
              <td>
                <span className={`status-tag ${r.status}`}>{STATUS_LABEL[r.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
