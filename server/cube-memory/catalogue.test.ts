import { expect, test } from 'vitest';
import { type Catalogue, SET_MASK_LIMIT, setIdMask } from './catalogue.ts';

/** Basis sets 1 {art. 10: hate}, 2 {art. 10, art. 20: fraud}, 3 {} ; profile sets 5 {post/journalist}, 7 {video/ngo, post/ngo}. */
function catalogue(): Catalogue {
  return {
    lookups: new Map(),
    basisMembers: [
      { set_id: 1, legal_basis_id: 10, category: 'hate_discord' },
      { set_id: 2, legal_basis_id: 10, category: 'hate_discord' },
      { set_id: 2, legal_basis_id: 20, category: 'fraud' },
    ],
    emptyBasisSets: [3],
    profileMembers: {
      setIds: Int32Array.from([5, 7, 7]),
      typeCodes: Uint8Array.from([0, 1, 0]),
      kindCodes: Uint8Array.from([0, 1, 1]),
      contentTypes: ['post', 'video'],
      authorKinds: ['journalist', 'ngo'],
    },
    nothingCited: 'unspecified',
  };
}

const admitted = (mask: Uint8Array | undefined) => (mask ? [...mask.keys()].filter((id) => mask[id] === 1) : mask);

test('basis sets: provisions and categories each select sets, and both together intersect', () => {
  const c = catalogue();
  expect(admitted(setIdMask(c, 'basis_set_id', {}))).toBeUndefined();
  expect(admitted(setIdMask(c, 'basis_set_id', { legalBases: [10] }))).toEqual([1, 2]);
  expect(admitted(setIdMask(c, 'basis_set_id', { categories: ['fraud', 'unspecified'] }))).toEqual([2, 3]);
  expect(admitted(setIdMask(c, 'basis_set_id', { legalBases: [10], categories: ['fraud'] }))).toEqual([2]);
});

test('profile sets: one item must match both the content type and the author kind', () => {
  const c = catalogue();
  expect(admitted(setIdMask(c, 'profile_set_id', { contentTypes: ['post'] }))).toEqual([5, 7]);
  expect(admitted(setIdMask(c, 'profile_set_id', { authorKinds: ['ngo'] }))).toEqual([7]);
  // Set 5's post is a journalist's: only set 7 holds an ngo's post.
  expect(admitted(setIdMask(c, 'profile_set_id', { contentTypes: ['post'], authorKinds: ['ngo'] }))).toEqual([7]);
  expect(admitted(setIdMask(c, 'profile_set_id', { contentTypes: ['video'], authorKinds: ['journalist'] }))).toEqual(
    [],
  );
});

test('masks are kept per catalogue, at most SET_MASK_LIMIT filter combinations', () => {
  const c = catalogue();
  const first = setIdMask(c, 'basis_set_id', { legalBases: [10] });
  expect(setIdMask(c, 'basis_set_id', { legalBases: [10] })).toBe(first);
  for (let i = 0; i < SET_MASK_LIMIT; i++) setIdMask(c, 'basis_set_id', { legalBases: [1000 + i] });
  const again = setIdMask(c, 'basis_set_id', { legalBases: [10] });
  expect(again).not.toBe(first);
  expect(again).toEqual(first);
  // Another cube's catalogue has masks of its own.
  expect(setIdMask(catalogue(), 'basis_set_id', { legalBases: [10] })).not.toBe(again);
});

test('profile sets: pairs past the first 32 (11 content types × 9 author kinds) are found as well', () => {
  const types = Array.from({ length: 11 }, (_, i) => `type${i}`);
  const kinds = Array.from({ length: 9 }, (_, i) => `kind${i}`);
  const c: Catalogue = {
    ...catalogue(),
    // Set 1: the very last pair; set 2: the first; set 3: (type5, kind0) and (type0, kind5).
    profileMembers: {
      setIds: Int32Array.from([1, 2, 3, 3]),
      typeCodes: Uint8Array.from([10, 0, 5, 0]),
      kindCodes: Uint8Array.from([8, 0, 0, 5]),
      contentTypes: types,
      authorKinds: kinds,
    },
  };
  const of = (contentTypes: string[], authorKinds: string[]) =>
    admitted(setIdMask(c, 'profile_set_id', { contentTypes, authorKinds } as never));
  expect(of(['type10'], ['kind8'])).toEqual([1]);
  expect(of(['type10', 'type0'], [])).toEqual([1, 2, 3]);
  expect(of(['type5'], ['kind5'])).toEqual([]);
  expect(of(['type5', 'type0'], ['kind5'])).toEqual([3]);
  expect(of([], ['kind0'])).toEqual([2, 3]);
});
