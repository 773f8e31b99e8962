/**
 * POST /uploads?name=<file.csv|file.jsonl>: the Upload page's file, as the raw request body
 * (any content type; not parsed here), streamed to a staging file while hashed. Callers: record
 * writers (a submitter's session or a source's token) with interchange files, and admins with
 * platforms' published-report files (platform-wide statistics, no source's records); the CSRF and
 * write-rate guards of every write apply; its own size limit, LIMITS.uploadBytes (published: 32 MB).
 * Answers 201 { uploadId, sha256, bytes } and the preview runs on (uploads.status).
 */
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import { LIMITS } from '../../shared/limits.ts';
import { contextFactory } from '../context.ts';
import type { Db } from '../db/database.ts';
import type { AuthConfig } from '../services/auth/config.ts';
import { ValidationFailed } from '../services/errors.ts';
import { DEFAULT_STAGING_DIR, stageUpload, UploadTooLarge } from '../services/uploads/index.ts';
import { errorBody } from './error-body.ts';

export function registerUploadRoute(app: FastifyInstance, db: Db, auth?: AuthConfig, dir = DEFAULT_STAGING_DIR) {
  const createContext = contextFactory(db, auth);
  // Encapsulated: the pass-through body parser applies to this route only.
  return app.register(async (scope) => {
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.post<{ Querystring: { name?: string } }>('/uploads', async (request, reply) => {
      const refuse = (status: number, code: string, message: string) =>
        reply.status(status).send(errorBody(message, code, status));
      const ctx = await createContext({ req: request, res: reply } as unknown as CreateFastifyContextOptions);
      const actor = ctx.actor;
      if (!actor) return refuse(401, 'UNAUTHORIZED', ctx.authError ?? 'Log in as a submitter to upload files');
      const published = actor.kind === 'user' && actor.role === 'admin';
      if (actor.kind === 'user' && actor.role !== 'submitter' && !published) {
        const message = `Records are uploaded by submitters, published reports by admins; you are ${actor.role}`;
        return refuse(403, 'FORBIDDEN', message);
      }
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > LIMITS.uploadBytes) {
        return refuse(413, 'PAYLOAD_TOO_LARGE', new UploadTooLarge(LIMITS.uploadBytes).message);
      }
      try {
        const upload = await stageUpload(db, actor, request.raw, {
          fileName: request.query.name ?? '',
          kind: published ? 'published' : 'records',
          dir,
        });
        return reply.status(201).send({ uploadId: upload.id, sha256: upload.sha256, bytes: upload.bytes });
      } catch (error) {
        if (error instanceof UploadTooLarge) return refuse(413, 'PAYLOAD_TOO_LARGE', error.message);
        if (error instanceof ValidationFailed)
          return refuse(400, 'BAD_REQUEST', error.problems[0]?.message ?? error.message);
        throw error;
      }
    });
  });
}
