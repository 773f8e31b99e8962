/** The signed-in account (auth.me) and the two moments it changes: sign-in and sign-out. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { UserRole, UserView } from '../../../shared/auth.ts';
import { clearSessionEnded } from '../lib/session-ended.ts';
import { trpc, viewAs } from '../lib/trpc.ts';

/** undefined while loading, null when anonymous. */
export function useMe(): UserView | null | undefined {
  // Asked again whenever the reader comes back to the tab, fresh or not, so the header does not name
  // an account whose session ended meanwhile (no timer: polling would keep an idle session alive).
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000, refetchOnWindowFocus: 'always' }).data;
}

/** After signing in or out: no session-ended notice any more, and nothing cached for the previous viewer. */
export async function switchAccount(user: UserView | null): Promise<void> {
  clearSessionEnded();
  await viewAs(user);
}

export function useSignOut() {
  return useMutation({ ...trpc.auth.logout.mutationOptions(), onSettled: () => switchAccount(null) });
}

export const mayManageTokens = (role: UserRole) => role === 'admin' || role === 'submitter';
/** Records are written by submitters for their own sources (server/trpc.ts tokenProcedure). */
export const mayEnterRecords = (role: UserRole) => role === 'submitter';
/** The Upload page: submitters upload their records, admins platforms' published reports (server/routers/uploads.ts). */
export const mayUpload = (role: UserRole) => role === 'submitter' || role === 'admin';
/** Reviewing citations, merges, events and sources: admins (analysts review legal bases too). */
export const mayManageCatalogue = (role: UserRole) => role === 'admin' || role === 'analyst';
