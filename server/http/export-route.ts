/**
 * GET /export/<source>.csv or .jsonl: a source's live records in the interchange format (what
 * `npm run export -- --source <source>` writes), for the Data & sources page. Public: records are
 * projected for the public viewer as in every public view (no content URLs or appellants, stated
 * reasons redacted); one export runs at a time, since each reads every request of the source.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { SourceName } from '../../shared/interchange.ts';
import { PUBLIC_VIEWER } from '../../shared/roles.ts';
import type { Db } from '../db/database.ts';
import { findSourceByName } from '../queries/sources.ts';
import { exportRecords } from '../services/files/export.ts';
import { errorBody } from './error-body.ts';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' };

export function registerExportRoute(app: FastifyInstance, db: Db): void {
  let running = false;
  app.get<{ Params: { file: string } }>('/export/:file', async (request, reply) => {
    const match = /^(.+)\.(csv|jsonl)$/.exec(request.params.file);
    const source = match?.[1] ?? '';
    const format = match?.[2] as 'csv' | 'jsonl' | undefined;
    const known = format && SourceName.safeParse(source).success ? await findSourceByName(db, source) : undefined;
    if (!format || !known) {
      const message = `No export ${request.params.file}: ask for /export/<source>.csv or /export/<source>.jsonl of a listed source`;
      return reply.status(404).send(errorBody(message, 'NOT_FOUND', 404));
    }
    if (running) {
      const message = 'Another export is being written; try again in a minute';
      return reply
        .status(503)
        .header('retry-after', '60')
        .send(errorBody(message, 'SERVICE_UNAVAILABLE', 503));
    }
    running = true;
    const out = new PassThrough();
    exportRecords(db, format, { source }, out, { viewer: PUBLIC_VIEWER })
      .then(
        () => out.end(),
        (error: Error) => out.destroy(error),
      )
      .finally(() => {
        running = false;
      });
    return reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${source}.${format}"`)
      .header('cache-control', 'no-cache')
      .send(out);
  });
}
