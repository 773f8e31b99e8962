/**
 * Export in the interchange formats, streaming requests in id order (so export → import into an
 * empty database → export reproduces the file byte for byte). Retracted requests are left out
 * unless asked for: they are no longer part of the data.
 */

import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Viewer } from '../../../shared/roles.ts';
import type { Db } from '../../db/database.ts';
import { type ExportFilters, findExportPage } from '../../queries/export.ts';
import { loadProjection } from '../redaction/projection.ts';
import { CSV_COLUMNS } from './csv-format.ts';
import { requestToRows } from './csv-rows.ts';

export type ExportFormat = 'csv' | 'jsonl';

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
}

export interface ExportOptions {
  /**
   * Whose view the file is written for: public downloads follow the rules of every public view
   * (no content URLs or appellants, stated reasons redacted); the command line passes OPERATOR_VIEWER.
   */
  viewer: Viewer;
}

export async function exportRecords(
  db: Db,
  format: ExportFormat,
  filters: ExportFilters,
  out: Writable,
  options: ExportOptions,
): Promise<number> {
  let count = 0;
  const csv = format === 'csv' ? stringify({ header: true, columns: [...CSV_COLUMNS], bom: false }) : undefined;
  csv?.pipe(out);
  let after = 0;
  const projection = await loadProjection(db, options.viewer);
  for (;;) {
    const page = await findExportPage(db, filters, after, 500, projection);
    if (page.length === 0) break;
    for (const { id, record } of page) {
      after = id;
      count++;
      if (csv) {
        for (const row of requestToRows(record)) {
          if (!csv.write(row)) await new Promise((resolve) => csv.once('drain', resolve));
        }
      } else await write(out, `${JSON.stringify(record)}\n`);
    }
  }
  if (csv) {
    csv.end();
    await finished(csv);
  }
  return count;
}
