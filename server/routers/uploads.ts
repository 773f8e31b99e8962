/** uploads.*: the Upload page's staged files (POST /uploads stages them). Their owner only: a submitter or token. */
import { UploadCommitInput, UploadIdInput, UploadProblemsInput } from '../../shared/uploads.ts';
import { commitUpload, discardUpload, uploadProblems, uploadStatus } from '../services/uploads/index.ts';
import { router, tokenProcedure } from '../trpc.ts';

export const uploadsRouter = router({
  status: tokenProcedure.input(UploadIdInput).query(({ ctx, input }) => uploadStatus(ctx.db, ctx.actor, input)),
  problems: tokenProcedure
    .input(UploadProblemsInput)
    .query(({ ctx, input }) => uploadProblems(ctx.db, ctx.actor, input)),
  commit: tokenProcedure.input(UploadCommitInput).mutation(({ ctx, input }) => commitUpload(ctx.db, ctx.actor, input)),
  discard: tokenProcedure.input(UploadIdInput).mutation(({ ctx, input }) => discardUpload(ctx.db, ctx.actor, input)),
});
