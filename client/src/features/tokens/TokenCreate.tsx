/** A new token for one source; the secret is shown here once, with a copy button. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../lib/errors.ts';
import { queryClient, trpc } from '../../lib/trpc.ts';

interface Created {
  id: number;
  token: string;
  source: string;
}

export function TokenCreate({ sources }: { sources: string[] | null }) {
  const catalog = useQuery({ ...trpc.catalog.sources.queryOptions(), enabled: sources === null });
  const choices = sources ?? catalog.data?.map((s) => s.name).sort() ?? [];
  const [created, setCreated] = useState<Created | null>(null);
  const create = useMutation({
    ...trpc.tokens.create.mutationOptions(),
    onSuccess: (token) => {
      setCreated(token);
      void queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
    },
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const label = String(form.get('label') ?? '').trim();
    const expires = String(form.get('expires') ?? '');
    setCreated(null);
    create.mutate({ source: String(form.get('source')), label: label || null, expiresAt: expires || null });
  };
  return (
    <section className="card" aria-labelledby="token-new">
      <h2 id="token-new">New token</h2>
      {created ? (
        <TokenSecret created={created} onDone={() => setCreated(null)} />
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <label>
            <span className="field-label">Source</span>
            <select name="source" required disabled={choices.length === 0}>
              {choices.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label>
            <span className="field-label">Label (what uses it)</span>
            <input name="label" maxLength={200} placeholder="e.g. nightly CRS export" />
          </label>
          <label>
            <span className="field-label">Expires (optional)</span>
            <input name="expires" type="date" />
          </label>
          <button type="submit" className="primary" disabled={create.isPending || choices.length === 0}>
            Create token
          </button>
        </form>
      )}
      {create.isError && (
        <p className="form-error" role="alert">
          The token was not created: {describeError(create.error)}.
        </p>
      )}
    </section>
  );
}

function TokenSecret({ created, onDone }: { created: Created; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(created.token).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <div className="token-secret" data-token-id={created.id}>
      <p>
        <strong>
          Token {created.id} for source {created.source} is ready.
        </strong>{' '}
        Copy it now: it will not be shown again. Whoever holds it can write records for {created.source}.
      </p>
      <p className="secret-row">
        <code data-testid="token-secret">{created.token}</code>{' '}
        <button type="button" onClick={copy}>
          Copy
        </button>{' '}
        <span role="status">
          {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Copying failed: select the text instead.' : ''}
        </span>
      </p>
      <button type="button" onClick={onDone}>
        Done, I have stored it
      </button>
    </div>
  );
}
