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
    const { contentTypes, authorKinds } = c.profileMembers;
    const { words, bits, sets } = profilePairs(c);
    const types: readonly string[] = f.contentTypes ?? [];
    const kinds: readonly string[] = f.authorKinds ?? [];
    const wanted = new Uint32Array(words);
    contentTypes.forEach((type, t) => {
      if (types.length > 0 && !types.includes(type)) return;
      authorKinds.forEach((kind, k) => {
        if (kinds.length > 0 && !kinds.includes(kind)) return;
        const pair = t * authorKinds.length + k;
        wanted[pair >>> 5] = (wanted[pair >>> 5] as number) | (1 << (pair & 31));
      });
    });
    const mask = new Uint8Array(sets);
    for (let id = 0; id < sets; id++) {
      for (let w = 0; w < words; w++) {
        if (((bits[id * words + w] as number) & (wanted[w] as number)) !== 0) {
          mask[id] = 1;
          break;
        }
      }
    }
    return mask;
  },
};

/** Per profile set, the (content type, author kind) pairs its items hold, one bit each. */
interface ProfilePairs {
  /** 32-bit words per set. */
  words: number;
  /** Set id × words + pair ÷ 32 → bits; pair = type code × author kinds + kind code. */
  bits: Uint32Array;
  /** Set ids are below this. */
  sets: number;
}
const pairsOf = new WeakMap<Catalogue, ProfilePairs>();

/**
 * Built once per catalogue from every member of every profile set (≈ 7 ms at 5 M items), so a new
 * content-type or author-kind filter tests a few words per set instead of walking the members again.
 */
function profilePairs(c: Catalogue): ProfilePairs {
  let pairs = pairsOf.get(c);
  if (!pairs) {
    const { setIds, typeCodes, kindCodes, contentTypes, authorKinds } = c.profileMembers;
    const words = Math.max(1, Math.ceil((contentTypes.length * authorKinds.length) / 32));
    let sets = 0;
    for (let i = 0; i < setIds.length; i++) sets = Math.max(sets, (setIds[i] as number) + 1);
    const bits = new Uint32Array(sets * words);
    for (let i = 0; i < setIds.length; i++) {
      const pair = (typeCodes[i] as number) * authorKinds.length + (kindCodes[i] as number);
      const at = (setIds[i] as number) * words + (pair >>> 5);
      bits[at] = (bits[at] as number) | (1 << (pair & 31));
    }
    pairs = { words, bits, sets };
    pairsOf.set(c, pairs);
  }
  return pairs;
}

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
