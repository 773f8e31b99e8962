/** A country's name, linking to its page of published figures (the view's filters kept). */
import { Link } from '@tanstack/react-router';
import { type DashboardSearch, viewOf } from '../../../shared/dashboard-search.ts';
import { placeName } from './published-common.data.ts';

export function PublishedCountryLink({ code, search }: { code: string; search: DashboardSearch }) {
  // The country page shows one country: a jurisdiction filter would only contradict it.
  const { jurisdictions: _j, ...view } = viewOf(search);
  return (
    <Link to="/platform-reports/$jurisdiction" params={{ jurisdiction: code }} search={view}>
      {placeName(code)}
    </Link>
  );
}
