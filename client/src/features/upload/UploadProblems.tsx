/** Every problem of a file, by line, field and reason, a page at a time (the server spools them all). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatCount } from '../../../../shared/format.ts';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';

const PAGE = 50;

export function UploadProblems({ uploadId, total }: { uploadId: string; total: number }) {
  const [offset, setOffset] = useState(0);
  const page = useQuery({
    ...trpc.uploads.problems.queryOptions({ uploadId, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  const last = Math.min(offset + PAGE, total);
  return (
    <section className="card" aria-labelledby="upload-problems">
      <h2 id="upload-problems">
        {formatCount(total)} {total === 1 ? 'problem' : 'problems'} in the file
      </h2>
      <p className="definition" role="alert">
        Nothing was written. Correct every line listed here, then choose the file again.
      </p>
      {page.isError && <p className="state error">The problems could not be loaded: {describeError(page.error)}.</p>}
      <div className="table-scroll">
        <table className="data-table problems-table">
          <caption className="visually-hidden">
            Problems {formatCount(offset + 1)}–{formatCount(last)} of {formatCount(total)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Field</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {page.data?.problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a problem's position in the file's list is its identity
              <tr key={offset + i}>
                <td className="num">{p.line ?? '–'}</td>
                <td>
                  <code>{p.path || '(whole record)'}</code>
                </td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > PAGE && (
        <div className="pager">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            Previous {PAGE}
          </button>
          <span aria-live="polite">
            Problems {formatCount(offset + 1)}–{formatCount(last)} of {formatCount(total)}
          </span>
          <button type="button" disabled={last >= total} onClick={() => setOffset(offset + PAGE)}>
            Next {PAGE}
          </button>
        </div>
      )}
    </section>
  );
}
