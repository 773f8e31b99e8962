/** The client's only link to the server: its router *type*, and the React Query integration. */
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/routers/app.ts';

export const queryClient = new QueryClient({
  // One retry: a reader waiting on a failed chart should get the sentence saying so within seconds.
  defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: 1 } },
});

// Batches stay below the server's maxBatchSize (50) and Node's 16 KB request-head limit; longer
// ones are split into several calls rather than refused.
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', maxItems: 10, maxURLLength: 8000 })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
