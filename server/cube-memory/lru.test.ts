import { expect, test } from 'vitest';
import { Lru } from './lru.ts';

test('keeps at most `limit` entries, dropping the least recently used', () => {
  const lru = new Lru<string, number>(2);
  lru.set('a', 1);
  lru.set('b', 2);
  expect(lru.get('a')).toBe(1); // a is now newer than b
  lru.set('c', 3);
  expect(lru.size).toBe(2);
  expect(lru.has('b')).toBe(false);
  expect([lru.get('a'), lru.get('c')]).toEqual([1, 3]);
});

test('getOrCompute computes once per key, undefined results included', () => {
  const lru = new Lru<string, number | undefined>(3);
  let calls = 0;
  const compute = () => {
    calls++;
    return undefined;
  };
  lru.getOrCompute('x', compute);
  lru.getOrCompute('x', compute);
  expect(calls).toBe(1);
  for (let i = 0; i < 10; i++) lru.getOrCompute(String(i), () => i);
  expect(lru.size).toBe(3);
  lru.getOrCompute('x', compute);
  expect(calls).toBe(2);
});

test('refuses a bound below one', () => {
  expect(() => new Lru(0)).toThrow();
});
