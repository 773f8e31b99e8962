/** The API: procedure names are the public contract of spec/API.md. A new domain is one line here. */
import { router } from '../trpc.ts';
import { appealsRouter } from './appeals.ts';
import { catalogRouter } from './catalog.ts';
import { itemsRouter } from './items.ts';
import { metaRouter } from './meta.ts';
import { publishedRouter } from './published.ts';
import { requestsRouter } from './requests.ts';
import { statsRouter } from './stats.ts';

export const appRouter = router({
  requests: requestsRouter,
  items: itemsRouter,
  appeals: appealsRouter,
  stats: statsRouter,
  catalog: catalogRouter,
  meta: metaRouter,
  published: publishedRouter,
});

export type AppRouter = typeof appRouter;
