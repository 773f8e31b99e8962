import { expect, test } from 'vitest';
import { GrowInts } from './grow.ts';

const filled = (column: GrowInts, values: number[]) => {
  for (const v of values) column.push(v);
  return column.done();
};

test('a column sized exactly is returned as allocated, with no spare capacity and no copy', () => {
  const column = new GrowInts(0xff, 3);
  const first = filled(column, [1, 2, 3]);
  expect(first).toBeInstanceOf(Uint8Array);
  expect([...first]).toEqual([1, 2, 3]);
  expect(first.buffer.byteLength).toBe(3);
});

test('more values than expected still all arrive (the fallback growth), trimmed to their length', () => {
  const values = Array.from({ length: 1000 }, (_, i) => i % 200);
  const done = filled(new GrowInts(0xff, 10), values);
  expect([...done]).toEqual(values);
  expect(done.length).toBe(1000);
});

test('a value too wide for the column widens it, keeping every value exact', () => {
  const values = [1, 300, 2, 70_000, 3, 2 ** 40, 0.5];
  expect(filled(new GrowInts(0xff, 2), values.slice(0, 2))).toBeInstanceOf(Uint16Array);
  expect(filled(new GrowInts(0xff, 4), values.slice(0, 4))).toBeInstanceOf(Uint32Array);
  const widest = filled(new GrowInts(0xff, values.length), values);
  expect(widest).toBeInstanceOf(Float64Array);
  expect([...widest]).toEqual(values);
});

test('an empty column is empty', () => {
  expect(new GrowInts(0xff, 0).done().length).toBe(0);
});
