/** The signed-in account (auth.me) and the two moments it changes: sign-in and sign-out. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { UserRole, UserView } from '../../../shared/auth.ts';
import { clearSessionEnded } from '../lib/session-ended.ts';
import { queryClient, trpc } from '../lib/trpc.ts';

const meKey = () => trpc.auth.me.queryKey();

/** undefined while loading, null when anonymous. */
export function useMe(): UserView | null | undefined {
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 5 * 60_000 }).data;
}

/**
 * Everything cached was projected for the previous viewer (content URLs, unredacted reasons):
 * drop it all and refetch what is on screen, keeping only the new account.
 */
export async function switchAccount(user: UserView | null): Promise<void> {
  clearSessionEnded();
  queryClient.setQueryData(meKey(), user);
  const me = queryClient.getQueryCache().find({ queryKey: meKey(), exact: true });
  await queryClient.resetQueries({ predicate: (q) => q !== me });
}

export function useSignOut() {
  return useMutation({ ...trpc.auth.logout.mutationOptions(), onSettled: () => switchAccount(null) });
}

export const mayManageTokens = (role: UserRole) => role === 'admin' || role === 'submitter';
