import { expect, test } from 'vitest';
import { maskLimitOf, TABLE_MASK_BYTES, TABLE_MASK_LIMIT } from './selection.ts';

test('a table keeps up to TABLE_MASK_LIMIT key masks, fewer when its masks are large, never fewer than 4', () => {
  expect(maskLimitOf(242)).toBe(TABLE_MASK_LIMIT);
  expect(maskLimitOf(5813)).toBe(TABLE_MASK_LIMIT);
  // The profile-set tables at 5 M items: 6 masks of 174,654 bytes stay within the byte bound.
  expect(maskLimitOf(174_654)).toBe(6);
  expect(6 * 174_654).toBeLessThanOrEqual(TABLE_MASK_BYTES);
  expect(7 * 174_654).toBeGreaterThan(TABLE_MASK_BYTES);
  expect(maskLimitOf(10_000_000)).toBe(4);
  expect(maskLimitOf(0)).toBe(TABLE_MASK_LIMIT);
});
