import { expect, test } from 'vitest';
import { fillKeyMask } from './key-mask.ts';

test('a key is admitted when every filtered dimension admits its code, whatever the code arrays’ kinds', () => {
  // Five keys; dimension A coded in a Uint8Array, B in a Uint32Array.
  const a = { admitted: Uint8Array.from([1, 0]), codes: Uint8Array.from([0, 0, 1, 1, 0]) };
  const b = { admitted: Uint8Array.from([0, 1, 1]), codes: Uint32Array.from([0, 1, 2, 1, 2]) };
  const mask = new Uint8Array(5);
  expect(fillKeyMask(mask, [a, b])).toBe(1);
  expect([...mask]).toEqual([0, 1, 0, 0, 1]);
  expect(fillKeyMask(mask, [b])).toBe(1);
  expect([...mask]).toEqual([0, 1, 1, 1, 1]);
  // Nothing admitted by both: the mask says so, and so does the answer.
  const none = { admitted: Uint8Array.from([0, 1]), codes: Uint8Array.from([0, 0, 0, 0, 0]) };
  expect(fillKeyMask(mask, [none, b])).toBe(0);
  expect([...mask]).toEqual([0, 0, 0, 0, 0]);
});
