/**
 * How figures split by legal basis count a request: under each provision or category its basis
 * set cites (a request citing several counts under each), and a request citing nothing under
 * "No provision cited" or the `unspecified` category.
 */
import { citationLabel } from '../../../shared/catalog.ts';
import type { Db } from '../../db/database.ts';
import { findBasisSetMembers, NOTHING_CITED_CATEGORY } from '../../queries/catalog/basis-sets.ts';

export type BasisLevel = 'category' | 'provision';

const NOTHING_CITED_PROVISION = 'none';

export interface BasisSetKeys {
  /** The provisions (as ids) or categories a basis set cites. */
  keysOf: (setId: number) => string[];
  labels: Map<string, string>;
}

export async function basisSetKeys(db: Db, level: BasisLevel): Promise<BasisSetKeys> {
  const keys = new Map<number, Set<string>>();
  const labels = new Map<string, string>([
    [NOTHING_CITED_PROVISION, 'No provision cited'],
    [NOTHING_CITED_CATEGORY, NOTHING_CITED_CATEGORY],
  ]);
  for (const r of await findBasisSetMembers(db)) {
    const key = level === 'category' ? r.category : String(r.id);
    labels.set(key, level === 'provision' ? `${citationLabel(r)}${r.title ? ` — ${r.title}` : ''}` : key);
    keys.set(r.set_id, (keys.get(r.set_id) ?? new Set()).add(key));
  }
  const nothingCited = level === 'category' ? NOTHING_CITED_CATEGORY : NOTHING_CITED_PROVISION;
  return { keysOf: (setId) => [...(keys.get(setId) ?? [nothingCited])], labels };
}
