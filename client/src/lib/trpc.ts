/** The client's only link to the server: its router *type*, and the React Query integration. */
import { hashKey, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/routers/app.ts';
import type { UserView } from '../../../shared/auth.ts';
import { markSessionEnded, noteSessionEnded } from './session-ended.ts';

const refused = (error: unknown) => {
  const status = (error as { data?: { httpStatus?: number } | null }).data?.httpStatus ?? 0;
  return status >= 400 && status < 500;
};

/** A call refused because the session ended: from now on this browser is an anonymous visitor. */
function onError(error: unknown): void {
  if (noteSessionEnded(error)) void viewAs(null);
}

/**
 * Everything cached was projected for the previous viewer (content URLs, unredacted reasons):
 * keep only the new account (null: anonymous), drop the rest and refetch what is on screen.
 */
export async function viewAs(user: UserView | null): Promise<void> {
  const key = trpc.auth.me.queryKey();
  queryClient.setQueryData(key, user);
  const me = queryClient.getQueryCache().find({ queryKey: key, exact: true });
  await queryClient.resetQueries({ predicate: (q) => q !== me });
}

export const queryClient = new QueryClient({
  // One retry: a reader waiting on a failed chart should get the sentence saying so within seconds.
  // Refusals (4xx: signed out, no such record) answer the same the second time: no retry for them.
  defaultOptions: {
    queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: (count, error) => count < 1 && !refused(error) },
  },
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
});

// Batches stay below the server's maxBatchSize (50) and Node's 16 KB request-head limit; longer
// ones are split into several calls rather than refused.
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', maxItems: 10, maxURLLength: 8000 })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

// auth.me answers null (not 401) for a dead cookie, so an account turning into no account when
// fetched, rather than set by sign-in or sign-out (manual), means the session ended too.
let lastMe: UserView | null | undefined;
queryClient.getQueryCache().subscribe((event) => {
  if (event.type !== 'updated' || event.action.type !== 'success') return;
  if (event.query.queryHash !== hashKey(trpc.auth.me.queryKey())) return;
  const me = event.action.data as UserView | null;
  const ended = !event.action.manual && lastMe && me === null;
  lastMe = me;
  if (ended) {
    markSessionEnded();
    void viewAs(null);
  }
});
