/** API tokens: the list, a new token (its secret shown once), revocation with a confirmation. */
import { useQuery } from '@tanstack/react-query';
import { RoleGate } from '../../app/RoleGate.tsx';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';
import { TokenCreate } from './TokenCreate.tsx';
import { TokenTable } from './TokenTable.tsx';

export function TokensPage() {
  return (
    <div className="narrow-page wide">
      <h1>API tokens</h1>
      <p className="muted">
        A token lets a program submit records for one source (<code>Authorization: Bearer …</code>). Revoke a token as
        soon as it is no longer needed or may have been seen by someone else.
      </p>
      <RoleGate roles={['admin', 'submitter']} purpose="manage API tokens">
        {(me) => <Tokens sources={me.role === 'admin' ? null : me.sources} />}
      </RoleGate>
    </div>
  );
}

/** `sources`: the submitter's own; null for an admin (every catalogued source). */
function Tokens({ sources }: { sources: string[] | null }) {
  const list = useQuery(trpc.tokens.list.queryOptions());
  const state = list.isPending ? 'loading' : list.isError ? 'error' : list.data.length === 0 ? 'empty' : 'ready';
  return (
    <>
      <TokenCreate sources={sources} />
      <section className="card" data-state={state} aria-labelledby="token-list">
        <h2 id="token-list">Tokens</h2>
        <p className="definition">
          {sources ? `Tokens of your sources (${sources.join(', ')}), newest first.` : 'Every token, newest first.'}
        </p>
        {list.isPending && <p className="state">Loading the tokens…</p>}
        {list.isError && <p className="state error">The tokens could not be loaded: {describeError(list.error)}.</p>}
        {state === 'empty' && <p className="state">No tokens yet. Create one above.</p>}
        {list.data && list.data.length > 0 && <TokenTable tokens={list.data} />}
      </section>
    </>
  );
}
