import { expect, test } from 'vitest';
import { z } from 'zod';
import { type Lines, plainTextPattern, refuseHiddenCharacters } from './text.ts';

const check = (value: string, lines: Lines, ends: 'kept' | 'trimmed' = 'kept') =>
  z.string().superRefine(refuseHiddenCharacters(lines, ends)).safeParse(value).error?.issues[0]?.message;

test('positions count characters from 1, astral ones included, and further finds are counted', () => {
  expect(check('😀\u0000x\u0007', 'multi')).toBe(
    'contains the control character U+0000 (NUL) at position 2 (and 1 more like it); remove it',
  );
});

test('multi-line text keeps tab, LF and CR; one-line fields refuse them', () => {
  expect(check('a\tb\r\nc', 'multi')).toBeUndefined();
  expect(check('a\r\nb', 'single')).toMatch(/U\+000D \(CR\) at position 2/);
});

test('joiners and soft hyphens that scripts and emoji need are accepted', () => {
  expect(check('می\u200cخواهم क्\u200dष 👩\u200d💻 Rechts\u00adstaat', 'single')).toBeUndefined();
});

test('blank ends that a trimmed field drops are not refused; a BOM inside the text is', () => {
  expect(check('\uFEFF Ministry\n', 'single', 'trimmed')).toBeUndefined();
  expect(check('\uFEFF Ministry\n', 'single')).toMatch(/U\+FEFF \(ZERO WIDTH NO-BREAK SPACE\) at position 1/);
  expect(check(' a\uFEFFb ', 'single', 'trimmed')).toMatch(/U\+FEFF .* at position 3/);
});

test('the JSON Schema pattern refuses what the refinement refuses', () => {
  for (const lines of ['single', 'multi'] as const) {
    const pattern = new RegExp(plainTextPattern(lines));
    // Every refused character is below U+2100 or above U+FE00.
    for (let cp = 0; cp <= 0xffff; cp = cp === 0x2100 ? 0xfe00 : cp + 1) {
      const c = String.fromCharCode(cp);
      expect(pattern.test(`a${c}b`), `U+${cp.toString(16)} ${lines}`).toBe(check(`a${c}b`, lines) === undefined);
    }
  }
});
