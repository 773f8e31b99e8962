/**
 * A staged file: polled while the server checks it (and while it commits), then its problems or
 * its preview with Commit and Discard.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { formatCount } from '../../../../shared/format.ts';
import type { UploadCounts, UploadKind } from '../../../../shared/uploads.ts';
import { describeError } from '../../lib/errors.ts';
import { queryClient, trpc } from '../../lib/trpc.ts';
import { DropZone } from './DropZone.tsx';
import { KIND_TEXT } from './kinds.ts';
import { Progress } from './Progress.tsx';
import { CountsList, FirstFigures, FirstRows } from './UploadPreview.tsx';
import { UploadProblems } from './UploadProblems.tsx';

interface Props {
  kind: UploadKind;
  uploadId: string;
  name: string;
  onDone: (counts: UploadCounts) => void;
  onAgain: () => void;
  onFile: (file: File) => void;
}

const BUSY = new Set(['validating', 'committing']);
const plural = (n: number, noun: string) => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;

export function Staged({ kind, uploadId, name, onDone, onAgain, onFile }: Props) {
  const options = trpc.uploads.status.queryOptions({ uploadId });
  const status = useQuery({
    ...options,
    refetchInterval: (q) => (BUSY.has(q.state.data?.state ?? '') ? 400 : false),
    staleTime: 0,
  });
  const commit = useMutation({
    ...trpc.uploads.commit.mutationOptions(),
    onSuccess: (counts) => {
      onDone(counts);
      // A committed upload is gone from the server; every figure on every page may have moved.
      queryClient.removeQueries({ queryKey: options.queryKey });
      void queryClient.invalidateQueries();
    },
    onError: () => void status.refetch(),
  });
  const discard = useMutation({ ...trpc.uploads.discard.mutationOptions(), onSettled: onAgain });
  const s = status.data;
  if (status.isError) {
    return (
      <section className="card" data-upload="failed" aria-labelledby="upload-failed">
        <h2 id="upload-failed">{name} could not be read back</h2>
        <p className="form-error" role="alert">
          {describeError(status.error)}.
        </p>
        <DropZone kind={kind} onFile={onFile} />
      </section>
    );
  }
  if (!s || s.state === 'validating') {
    return (
      <section className="card" data-upload="checking" aria-labelledby="upload-checking">
        <h2 id="upload-checking">Checking {name}</h2>
        <Progress label="Checked" done={s?.bytesRead ?? 0} total={s?.bytes ?? 0} />
      </section>
    );
  }
  if (s.state === 'problems') {
    return (
      <div data-upload="problems">
        <UploadProblems uploadId={uploadId} total={s.problemCount} />
        <section className="card" aria-labelledby="upload-again">
          <h2 id="upload-again">Choose the corrected file</h2>
          <DropZone kind={kind} onFile={onFile} />
        </section>
      </div>
    );
  }
  const unit = KIND_TEXT[kind].unit;
  const refused = commit.error ?? (s.error ? { message: s.error } : null);
  const published = s.published;
  return (
    <section className="card" data-upload="preview" aria-labelledby="upload-preview">
      <h2 id="upload-preview">Preview of {name}</h2>
      <p className="definition">
        {published
          ? `${published.publisher} · ${published.format}: ${plural(s.records, 'figure')} for ${plural(published.countries, 'jurisdiction')} and ${plural(published.periods, 'period')}, compared with the current figures.`
          : `${formatCount(s.records)} requests, checked against the stored records.`}{' '}
        sha256 <code>{s.sha256.slice(0, 12)}…</code>
      </p>
      <CountsList counts={s.counts} kind={kind} label="What a commit would write" />
      {published && published.warnings.length > 0 && (
        <ul className="upload-warnings" aria-label="Warnings (imported, but worth knowing)">
          {published.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {published ? (
        <FirstFigures rows={published.firstFigures} records={s.records} />
      ) : (
        <FirstRows rows={s.firstRows} records={s.records} />
      )}
      {s.state === 'committing' && <Progress label="Written" done={s.bytesRead} total={s.bytes} />}
      {refused && (
        <p className="form-error" role="alert">
          {describeError(refused)}.
        </p>
      )}
      <div className="upload-actions">
        <button
          type="button"
          className="primary"
          disabled={s.state !== 'ready' || commit.isPending}
          onClick={() => {
            commit.mutate({ uploadId, sha256: s.sha256 });
            // The server marks the upload as committing at once: polling then shows how far the write is.
            setTimeout(() => void status.refetch(), 200);
          }}
        >
          {commit.isPending ? 'Committing…' : `Commit ${formatCount(s.records)} ${unit}`}
        </button>
        <button type="button" disabled={commit.isPending} onClick={() => discard.mutate({ uploadId })}>
          {s.state === 'ready' ? 'Discard' : 'Start again'}
        </button>
      </div>
    </section>
  );
}
