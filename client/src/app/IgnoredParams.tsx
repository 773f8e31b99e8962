/**
 * Says which parts of the opened link were not understood (a mistyped or outdated permalink)
 * instead of hiding them. Read once, from the address as opened: the router then rewrites the
 * address to the valid view, so afterwards the ignored parts are no longer in it.
 */
import { useState } from 'react';
import { parseDashboardSearch } from '../../../shared/dashboard-search.ts';

const droppedFromOpenedLink = parseDashboardSearch(
  Object.fromEntries(new URLSearchParams(window.location.search)),
).dropped;

export function IgnoredParams() {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || droppedFromOpenedLink.length === 0) return null;
  return (
    <p className="notice" role="status">
      Part of this link was not understood and is ignored: {droppedFromOpenedLink.join(', ')}. The figures leave it out.{' '}
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </p>
  );
}
