/** The client's only link to the server: its router *type*, and the React Query integration. */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/routers/app.ts';
import { noteSessionEnded } from './session-ended.ts';

const refused = (error: unknown) => {
  const status = (error as { data?: { httpStatus?: number } | null }).data?.httpStatus ?? 0;
  return status >= 400 && status < 500;
};

/** A call refused because the session ended: the header's account may be stale, so ask again. */
function onError(error: unknown): void {
  if (noteSessionEnded(error)) void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
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
