/**
 * The catalogue the cube's filters look through (loaded with it, same data version), and the
 * set-valued filters turned into masks over set ids: basis sets citing a wanted provision or
 * category, profile sets holding an item of a wanted content type and author kind.
 */
import type { Filters } from '../../shared/stats.ts';
import { DIMENSIONS, type Dimension, type SetDimension } from '../db/cube/dimensions.ts';
import { Lru } from './lru.ts';
import type { KeyValue } from './table.ts';

export interface Catalogue {
  /** For `lookup` dimensions: catalogue key (a source's name, a platform's slug) → ids. */
  lookups: Map<Dimension, Map<KeyValue, number[]>>;
  basisMembers: { set_id: number; legal_basis_id: number; category: string }[];
  /** Basis sets citing nothing (`set_key = ''`): they match the `unspecified` category. */
  emptyBasisSets: number[];
  /** Every profile set's members, as codes into `contentTypes` and `authorKinds`. */
  profileMembers: {
    setIds: Int32Array;
    typeCodes: Uint8Array;
    kindCodes: Uint8Array;
    contentTypes: string[];
    authorKinds: string[];
  };
  /** The category a request citing nothing counts under. */
  nothingCited: string;
}

/** 1 at each of the ids (a set id beyond the end is not admitted). */
function idsMask(ids: readonly number[]): Uint8Array {
  const mask = new Uint8Array(ids.reduce((max, id) => Math.max(max, id + 1), 0));
  for (const id of ids) mask[id] = 1;
  return mask;
}

function both(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.map((v, i) => v & ((b[i] as number | undefined) ?? 0));
}

const SET_MASKS: Record<SetDimension, (f: Filters, c: Catalogue) => Uint8Array | undefined> = {
  basis_set_id: (f, c) => {
    let mask: Uint8Array | undefined;
    if (f.legalBases?.length) {
      const bases = new Set<number>(f.legalBases);
      mask = idsMask(c.basisMembers.filter((m) => bases.has(m.legal_basis_id)).map((m) => m.set_id));
    }
    if (f.categories?.length) {
      const categories = new Set<string>(f.categories);
      const sets = c.basisMembers.filter((m) => categories.has(m.category)).map((m) => m.set_id);
      if (categories.has(c.nothingCited)) sets.push(...c.emptyBasisSets);
      mask = mask ? both(mask, idsMask(sets)) : idsMask(sets);
    }
    return mask;
  },
  // A request counts when one of its items matches both item-level filters.
  profile_set_id: (f, c) => {
    if (!f.contentTypes?.length && !f.authorKinds?.length) return undefined;
    const { setIds, typeCodes, kindCodes, contentTypes, authorKinds } = c.profileMembers;
    const codeMask = (names: string[], wanted: readonly string[] | undefined) =>
      Uint8Array.from(names, (name) => (!wanted?.length || wanted.includes(name) ? 1 : 0));
    const types = codeMask(contentTypes, f.contentTypes);
    const kinds = codeMask(authorKinds, f.authorKinds);
    let size = 0;
    for (let i = 0; i < setIds.length; i++) size = Math.max(size, (setIds[i] as number) + 1);
    const mask = new Uint8Array(size);
    // Typed arrays only: this runs over every member of every profile set.
    for (let i = 0; i < setIds.length; i++) {
      const id = setIds[i] as number;
      mask[id] =
        (mask[id] as number) | ((types[typeCodes[i] as number] as number) & (kinds[kindCodes[i] as number] as number));
    }
    return mask;
  },
};

/** Distinct filter combinations whose set masks a cube keeps (a few views' worth). */
export const SET_MASK_LIMIT = 32;
const setMasks = new WeakMap<Catalogue, Lru<string, Uint8Array | undefined>>();

/**
 * The set ids the filters admit for a set-valued dimension, as a mask indexed by set id (1 =
 * admitted), or undefined when the filters put no condition on it. Kept per catalogue (so per cube),
 * since every table keyed by the dimension and every part of a view asks for the same mask.
 */
export function setIdMask(c: Catalogue, dimension: SetDimension, f: Filters): Uint8Array | undefined {
  let cache = setMasks.get(c);
  if (!cache) {
    cache = new Lru(SET_MASK_LIMIT);
    setMasks.set(c, cache);
  }
  const key = JSON.stringify([dimension, ...DIMENSIONS[dimension].filter.keys.map((k) => f[k] ?? [])]);
  return cache.getOrCompute(key, () => SET_MASKS[dimension](f, c));
}
