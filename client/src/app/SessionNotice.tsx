/** Said once when a call was refused because the session ended, so the change of view is not a mystery. */
import { Link, useRouterState } from '@tanstack/react-router';
import { clearSessionEnded, useSessionEnded } from '../lib/session-ended.ts';

export function SessionNotice() {
  const ended = useSessionEnded();
  const href = useRouterState({ select: (s) => s.location.href });
  if (!ended) return null;
  return (
    <p className="session-notice" role="status">
      Your session has ended, so you now see the public view.{' '}
      <Link to="/login" state={{ from: href }}>
        Sign in again
      </Link>{' '}
      <button type="button" className="linklike" onClick={clearSessionEnded}>
        Dismiss
      </button>
    </p>
  );
}
