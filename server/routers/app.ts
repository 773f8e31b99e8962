/** The API: procedure names are the public contract of spec/API.md (auth.* and tokens.*: README). A new domain is one line here. */
import { router } from '../trpc.ts';
import { appealsRouter } from './appeals.ts';
import { auditRouter } from './audit.ts';
import { authRouter } from './auth.ts';
import { catalogRouter } from './catalog.ts';
import { catalogAdminRouter } from './catalog-admin.ts';
import { itemsRouter } from './items.ts';
import { metaRouter } from './meta.ts';
import { publishedRouter } from './published.ts';
import { requestsRouter } from './requests.ts';
import { statsRouter } from './stats.ts';
import { tokensRouter } from './tokens.ts';
import { uploadsRouter } from './uploads.ts';

export const appRouter = router({
  requests: requestsRouter,
  items: itemsRouter,
  appeals: appealsRouter,
  stats: statsRouter,
  catalog: catalogRouter,
  catalogAdmin: catalogAdminRouter,
  meta: metaRouter,
  published: publishedRouter,
  auth: authRouter,
  tokens: tokensRouter,
  audit: auditRouter,
  uploads: uploadsRouter,
});

export type AppRouter = typeof appRouter;
