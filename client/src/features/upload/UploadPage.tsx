/**
 * Bulk upload (issue 11): a submitter sends an interchange file; the server checks it whole and
 * previews it (new / changed / unchanged, the first rows, every problem); a commit writes exactly
 * what was previewed. States: choose → sending → checking → problems | preview → committed.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatCount } from '../../../../shared/format.ts';
import type { UploadCounts } from '../../../../shared/uploads.ts';
import { RoleGate } from '../../app/RoleGate.tsx';
import { describeError } from '../../lib/errors.ts';
import { queryClient, trpc } from '../../lib/trpc.ts';
import { DropZone } from './DropZone.tsx';
import { sendFile } from './send-file.ts';
import { CountsList, FirstRows } from './UploadPreview.tsx';
import { UploadProblems } from './UploadProblems.tsx';
import './upload.css';

export function UploadPage() {
  return (
    <div className="narrow-page wide upload-page">
      <h1>Bulk upload</h1>
      <p className="muted prose">
        Upload your source’s records as one interchange file (CSV or JSON Lines, the format of the export on the Data
        page). The whole file is checked and previewed first; nothing is written until you commit the preview.
        Published-report files of the platforms (platform-wide statistics, not a source’s records) are imported by an
        administrator with <code>npm run import</code>, not on this page.
      </p>
      <RoleGate roles={['submitter']} purpose="upload records">
        {(me) => <Uploader sources={me.sources} />}
      </RoleGate>
    </div>
  );
}

type Step =
  | { kind: 'choose'; error?: string }
  | { kind: 'sending'; name: string; sent: number; total: number }
  | { kind: 'staged'; name: string; uploadId: string }
  | { kind: 'committed'; name: string; counts: UploadCounts };

function Uploader({ sources }: { sources: string[] }) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const choose = (file: File) => {
    setStep({ kind: 'sending', name: file.name, sent: 0, total: file.size });
    sendFile(file, (sent, total) => setStep({ kind: 'sending', name: file.name, sent, total })).then(
      (staged) => setStep({ kind: 'staged', name: file.name, uploadId: staged.uploadId }),
      (error: Error) => setStep({ kind: 'choose', error: `${file.name} was not uploaded: ${describeError(error)}.` }),
    );
  };
  return (
    <>
      <p className="muted">
        {sources.length === 1
          ? `You write for ${sources[0]}; records that name no source are written for it.`
          : `You write for ${sources.join(', ')}; every record must name its source.`}
      </p>
      {step.kind === 'choose' && (
        <section className="card" data-upload="empty" aria-labelledby="upload-choose">
          <h2 id="upload-choose">Choose a file</h2>
          {step.error && (
            <p className="form-error" role="alert">
              {step.error}
            </p>
          )}
          <DropZone onFile={choose} />
        </section>
      )}
      {step.kind === 'sending' && (
        <section className="card" data-upload="sending" aria-labelledby="upload-sending">
          <h2 id="upload-sending">Uploading {step.name}</h2>
          <Progress label="Uploaded" done={step.sent} total={step.total} />
        </section>
      )}
      {step.kind === 'staged' && (
        <Staged
          uploadId={step.uploadId}
          name={step.name}
          onDone={(counts) => setStep({ kind: 'committed', name: step.name, counts })}
          onAgain={() => setStep({ kind: 'choose' })}
          onFile={choose}
        />
      )}
      {step.kind === 'committed' && (
        <section className="card" data-upload="committed" aria-labelledby="upload-done">
          <h2 id="upload-done">{step.name} is committed</h2>
          <p role="status">{committedSentence(step.counts)}</p>
          <CountsList counts={step.counts} label="What the commit wrote" />
          <button type="button" onClick={() => setStep({ kind: 'choose' })}>
            Upload another file
          </button>
        </section>
      )}
    </>
  );
}

function committedSentence(c: UploadCounts): string {
  const requests = (n: number, kind: string) => `${formatCount(n)} ${kind} ${n === 1 ? 'request' : 'requests'}`;
  const unchanged =
    c.unchanged === 1
      ? '1 request was already stored as it is'
      : `${formatCount(c.unchanged)} were already stored as they are`;
  return `Written: ${requests(c.created, 'new')} and ${requests(c.updated, 'changed')} (${formatCount(c.items)} items); ${unchanged}.`;
}

function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  return (
    <p className="upload-progress">
      <label>
        <span>
          {label} {percent}% ({formatCount(done)} of {formatCount(total)} bytes)
        </span>
        <progress max={total || 1} value={done} />
      </label>
    </p>
  );
}

interface StagedProps {
  uploadId: string;
  name: string;
  onDone: (counts: UploadCounts) => void;
  onAgain: () => void;
  onFile: (file: File) => void;
}

/** A staged file: polled while the server checks it, then its problems or its preview. */
function Staged({ uploadId, name, onDone, onAgain, onFile }: StagedProps) {
  const status = useQuery({
    ...trpc.uploads.status.queryOptions({ uploadId }),
    refetchInterval: (q) => (q.state.data?.state === 'validating' ? 400 : false),
    staleTime: 0,
  });
  const commit = useMutation({
    ...trpc.uploads.commit.mutationOptions(),
    onSuccess: (counts) => {
      // Every figure on every page may have moved.
      void queryClient.invalidateQueries();
      onDone(counts);
    },
    onError: () => void status.refetch(),
  });
  const discard = useMutation({ ...trpc.uploads.discard.mutationOptions(), onSettled: onAgain });
  const s = status.data;
  if (status.isError) {
    return (
      <section className="card" data-upload="failed">
        <p className="form-error" role="alert">
          The upload could not be read back: {describeError(status.error)}.
        </p>
        <DropZone onFile={onFile} />
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
          <DropZone onFile={onFile} />
        </section>
      </div>
    );
  }
  const refused = commit.error ?? (s.error ? { message: s.error } : null);
  return (
    <section className="card" data-upload="preview" aria-labelledby="upload-preview">
      <h2 id="upload-preview">Preview of {name}</h2>
      <p className="definition">
        {formatCount(s.records)} requests, checked against the stored records. sha256{' '}
        <code>{s.sha256.slice(0, 12)}…</code>
      </p>
      <CountsList counts={s.counts} label="What a commit would write" />
      <FirstRows rows={s.firstRows} records={s.records} />
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
          onClick={() => commit.mutate({ uploadId, sha256: s.sha256 })}
        >
          {commit.isPending ? 'Committing…' : `Commit ${formatCount(s.records)} requests`}
        </button>
        <button type="button" disabled={commit.isPending} onClick={() => discard.mutate({ uploadId })}>
          Discard
        </button>
      </div>
    </section>
  );
}
