/**
 * Bulk upload (issue 11): a submitter sends an interchange file of its sources' records, an admin
 * a platform's published-report file; the server checks it whole and previews it (new / changed /
 * unchanged, the first rows, every problem); a commit writes exactly what was previewed.
 * Steps: choose → sending → checking → problems | preview → committed.
 */
import { useState } from 'react';
import type { UserView } from '../../../../shared/auth.ts';
import type { UploadCounts, UploadKind } from '../../../../shared/uploads.ts';
import { RoleGate } from '../../app/RoleGate.tsx';
import { describeError } from '../../lib/errors.ts';
import { DropZone } from './DropZone.tsx';
import { committedSentence } from './kinds.ts';
import { Progress } from './Progress.tsx';
import { Staged } from './Staged.tsx';
import { sendFile } from './send-file.ts';
import { CountsList } from './UploadPreview.tsx';
import './upload.css';

export function UploadPage() {
  return (
    <div className="narrow-page wide upload-page">
      <h1>Bulk upload</h1>
      <p className="muted prose">
        A submitter uploads their sources’ records as one interchange file (CSV or JSON Lines, the format of the export
        on the Data page). Platforms’ published-report files (Google, X, the EU DSA template) are platform-wide
        statistics, not a source’s records: an administrator uploads those. Either way the whole file is checked and
        previewed first; nothing is written until you commit the preview.
      </p>
      <RoleGate roles={['submitter', 'admin']} purpose="upload files">
        {(me) => <Uploader me={me} />}
      </RoleGate>
    </div>
  );
}

type Step =
  | { kind: 'choose'; error?: string }
  | { kind: 'sending'; name: string; sent: number; total: number }
  | { kind: 'staged'; name: string; uploadId: string }
  | { kind: 'committed'; name: string; counts: UploadCounts };

function whoYouAre(me: UserView): string {
  if (me.role === 'admin') return 'As an administrator you upload published-report files (.csv).';
  return me.sources.length === 1
    ? `You write for ${me.sources[0]}; records that name no source are written for it.`
    : `You write for ${me.sources.join(', ')}; every record must name its source.`;
}

function Uploader({ me }: { me: UserView }) {
  const kind: UploadKind = me.role === 'admin' ? 'published' : 'records';
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
      <p className="muted">{whoYouAre(me)}</p>
      {step.kind === 'choose' && (
        <section className="card" data-upload="empty" aria-labelledby="upload-choose">
          <h2 id="upload-choose">Choose a file</h2>
          {step.error && (
            <p className="form-error" role="alert">
              {step.error}
            </p>
          )}
          <DropZone kind={kind} onFile={choose} />
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
          kind={kind}
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
          <p role="status">{committedSentence(kind, step.counts)}</p>
          <CountsList counts={step.counts} kind={kind} label="What the commit wrote" />
          <button type="button" onClick={() => setStep({ kind: 'choose' })}>
            Upload another file
          </button>
        </section>
      )}
    </>
  );
}
