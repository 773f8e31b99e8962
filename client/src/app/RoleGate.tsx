/** Pages for some roles only: a sentence instead of the page for everyone else (the server refuses them anyway). */
import { Link, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { UserRole, UserView } from '../../../shared/auth.ts';
import { useMe } from './account.ts';

interface Props {
  roles: readonly UserRole[];
  /** What the page is for, completing "Sign in as … to …". */
  purpose: string;
  children: (me: UserView) => ReactNode;
}

export function RoleGate({ roles, purpose, children }: Props) {
  const me = useMe();
  const href = useRouterState({ select: (s) => s.location.href });
  const who = roles.join(' or ');
  if (me === undefined) return <p className="state">Checking your account…</p>;
  if (me === null) {
    return (
      <p className="state" data-state="anonymous">
        <Link to="/login" state={{ from: href }}>
          Sign in
        </Link>{' '}
        as {who} to {purpose}.
      </p>
    );
  }
  if (!roles.includes(me.role)) {
    return (
      <p className="state" data-state="forbidden">
        Only accounts with the role {who} can {purpose}; you are signed in as {me.role}.
      </p>
    );
  }
  return children(me);
}
