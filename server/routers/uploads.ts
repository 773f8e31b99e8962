/**
 * uploads.*: the Upload page's staged files (POST /uploads stages them), each its uploader's only:
 * record writers (a submitter or a source's token) and admins (published reports).
 */
import { TRPCError } from '@trpc/server';
import { UploadCommitInput, UploadIdInput, UploadProblemsInput } from '../../shared/uploads.ts';
import { commitUpload, discardUpload, uploadProblems, uploadStatus } from '../services/uploads/index.ts';
import { publicProcedure, router } from '../trpc.ts';

const uploaders = publicProcedure.use(({ ctx, next }) => {
  const actor = ctx.actor;
  if (!actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.authError ?? 'Log in first (auth.login)' });
  if (actor.kind === 'user' && actor.role !== 'submitter' && actor.role !== 'admin') {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `Files are uploaded by submitters and admins; you are ${actor.role}`,
    });
  }
  return next({ ctx: { ...ctx, actor } });
});

export const uploadsRouter = router({
  status: uploaders.input(UploadIdInput).query(({ ctx, input }) => uploadStatus(ctx.db, ctx.actor, input)),
  problems: uploaders.input(UploadProblemsInput).query(({ ctx, input }) => uploadProblems(ctx.db, ctx.actor, input)),
  commit: uploaders.input(UploadCommitInput).mutation(({ ctx, input }) => commitUpload(ctx.db, ctx.actor, input)),
  discard: uploaders.input(UploadIdInput).mutation(({ ctx, input }) => discardUpload(ctx.db, ctx.actor, input)),
});
