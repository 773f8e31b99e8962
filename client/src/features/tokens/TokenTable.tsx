/** The token list; revoking asks once more in the row itself, naming the token and what follows. */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { TokenView } from '../../../../shared/auth.ts';
import { describeError } from '../../lib/errors.ts';
import { queryClient, trpc } from '../../lib/trpc.ts';
import { shortInstant } from '../audit/audit-format.data.ts';

export function TokenTable({ tokens }: { tokens: TokenView[] }) {
  const [confirming, setConfirming] = useState<number | null>(null);
  const revoke = useMutation({
    ...trpc.tokens.revoke.mutationOptions(),
    onSuccess: () => {
      setConfirming(null);
      void queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
    },
  });
  return (
    <div className="table-scroll">
      <table className="data-table tokens-table stack-table">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Source</th>
            <th scope="col">Created</th>
            <th scope="col">Created by</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} data-token={t.id} data-status={t.status}>
              <td data-label="Token">
                {t.id} {t.label ? <span>· {t.label}</span> : <span className="muted">· no label</span>}
              </td>
              <td data-label="Source">{t.source}</td>
              <td data-label="Created" className="nowrap">
                {shortInstant(t.createdAt)}
              </td>
              <td data-label="Created by">{t.owner.kind === 'user' ? t.owner.email : 'command line'}</td>
              <td data-label="Last used" className="nowrap">
                {t.lastUsedAt ? shortInstant(t.lastUsedAt) : 'never'}
              </td>
              <td data-label="Expires" className="nowrap">
                {t.expiresAt ? shortInstant(t.expiresAt) : 'never'}
              </td>
              <td data-label="Status">
                {t.status === 'revoked' && t.revokedAt ? (
                  `revoked ${shortInstant(t.revokedAt)}`
                ) : t.status === 'expired' ? (
                  'expired'
                ) : confirming === t.id ? (
                  <fieldset className="confirm" aria-label={`Confirm revoking token ${t.id}`}>
                    Revoke token {t.id}? Programs using it are refused from their next request.{' '}
                    <button type="button" className="danger" onClick={() => revoke.mutate({ id: t.id })}>
                      Revoke
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </fieldset>
                ) : (
                  <>
                    active{' '}
                    <button type="button" onClick={() => setConfirming(t.id)} aria-label={`Revoke token ${t.id}`}>
                      Revoke…
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revoke.isError && (
        <p className="form-error" role="alert">
          The token was not revoked: {describeError(revoke.error)}.
        </p>
      )}
    </div>
  );
}
