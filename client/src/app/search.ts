/** The URL-backed view state: every page reads it from here and changes it by navigating. */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';

export function useDashboardSearch(): DashboardSearch {
  return useSearch({ strict: false });
}

/**
 * Returns a function that changes part of the view state. It navigates (a new history entry),
 * so back/forward step through the views; nothing else holds the state.
 */
export function useSetSearch(): (patch: Partial<DashboardSearch>, options?: { replace?: boolean }) => void {
  const navigate = useNavigate();
  return useCallback(
    (patch, options) => {
      void navigate({
        to: '.',
        search: (prev: DashboardSearch) => clean({ ...prev, ...patch }),
        replace: options?.replace ?? false,
      });
    },
    [navigate],
  );
}

function clean(search: DashboardSearch): DashboardSearch {
  return Object.fromEntries(
    Object.entries(search).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as DashboardSearch;
}
