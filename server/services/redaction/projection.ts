/** The projection for a viewer, reading the redaction list only when the viewer does not see everything. */
import { publicSearchProblem } from '../../../shared/redaction.ts';
import { seesEverything, type Viewer } from '../../../shared/roles.ts';
import type { Db } from '../../db/database.ts';
import { findRedactionTerms } from '../../queries/catalog/redaction-terms.ts';
import { type Projection, projectionFor } from '../../queries/mappers/projection.ts';
import { ValidationFailed } from '../errors.ts';

/** The command line (export script): whoever runs it holds the database file, so sees everything. */
export const OPERATOR_VIEWER: Viewer = { role: 'admin', userId: null, sources: [] };

export async function loadProjection(db: Db, viewer: Viewer): Promise<Projection> {
  return projectionFor(viewer, seesEverything(viewer) ? [] : await findRedactionTerms(db));
}

/** Refuses a search that would probe stated reasons for what their public form redacts (shared/redaction.ts). */
export async function checkSearchAllowed(db: Db, viewer: Viewer, search: string): Promise<void> {
  if (seesEverything(viewer)) return;
  const problem = publicSearchProblem(
    search,
    (await findRedactionTerms(db)).map((t) => t.term),
  );
  if (problem) throw new ValidationFailed([{ path: 'search', message: problem }], problem);
}
