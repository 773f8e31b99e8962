/** The header's account corner: nothing while auth.me loads, "Sign in" when anonymous, else name, role and pages. */
import { Link, useRouterState } from '@tanstack/react-router';
import { mayEnterRecords, mayManageCatalogue, mayManageTokens, mayUpload, useMe, useSignOut } from './account.ts';

export function AccountMenu() {
  const me = useMe();
  const href = useRouterState({ select: (s) => s.location.href });
  const signOut = useSignOut();
  // Loading: an empty corner, not a "Sign in" link that flips to a name a moment later.
  if (me === undefined) return <div className="account" data-account="loading" />;
  if (me === null) {
    return (
      <div className="account" data-account="anonymous">
        {!href.startsWith('/login') && (
          <Link to="/login" state={{ from: href }}>
            Sign in
          </Link>
        )}
      </div>
    );
  }
  return (
    <div className="account" data-account={me.role}>
      {mayEnterRecords(me.role) && <Link to="/enter">Enter</Link>}
      {mayUpload(me.role) && <Link to="/upload">Upload</Link>}
      {mayManageCatalogue(me.role) && <Link to="/catalogue">Catalogue</Link>}
      {mayManageTokens(me.role) && <Link to="/tokens">Tokens</Link>}
      {me.role === 'admin' && <Link to="/audit">Audit</Link>}
      <span className="account-name">
        {me.name} <span className="badge">{me.role}</span>
      </span>
      <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        Sign out
      </button>
    </div>
  );
}
