import { expect, test } from 'vitest';
import { ZONE_ROWS } from './table.ts';
import { buildZones, wantedBits } from './zones.ts';

test('each zone holds the bits of its rows’ codes and the index of its first entry', () => {
  const rows = ZONE_ROWS * 2 + 3;
  // content_type: code 0 in the first zone but its last row (code 2), 1 after; author_kind unzoned (absent).
  const codes = Uint8Array.from({ length: rows }, (_, r) => (r < ZONE_ROWS - 1 ? 0 : r === ZONE_ROWS - 1 ? 2 : 1));
  const counts = Uint8Array.from({ length: rows }, (_, r) => r % 3);
  // Keys 0, 1, 2 with content types post, video, ad.
  const keyOf = Uint8Array.from(codes);
  const column = { values: ['post', 'video', 'ad'], codes: Uint8Array.from([0, 1, 2]) };
  const zones = buildZones(rows, keyOf, { content_type: column }, counts);
  expect([...(zones.bits.content_type as Uint32Array)]).toEqual([0b101, 0b010, 0b010]);
  expect(zones.bits.author_kind).toBeUndefined();
  const before = (row: number) => counts.subarray(0, row).reduce((n, c) => n + c, 0);
  expect([...zones.entryStarts]).toEqual([0, before(ZONE_ROWS), before(2 * ZONE_ROWS), before(rows)]);
});

test('columns of more than 32 values are not zoned', () => {
  const values = Array.from({ length: 33 }, (_, i) => `v${i}`);
  const keyOf = Uint8Array.from([0, 1]);
  const zones = buildZones(2, keyOf, { author_kind: { values, codes: Uint8Array.from([0, 32]) } }, new Uint8Array(2));
  expect(zones.bits.author_kind).toBeUndefined();
});

test('wanted bits are the admitted codes', () => {
  expect(wantedBits(Uint8Array.from([1, 0, 1, 0, 0]))).toBe(0b101);
  expect(wantedBits(new Uint8Array(32).fill(1)) >>> 0).toBe(0xffffffff);
});
