import { expect, test } from 'vitest';
import { refusalSentence } from './form-sentence.data.ts';

test('a refusal points at the marked fields, or says why when none is marked', () => {
  const error = { message: '1 problem in the input: url: must be an http:// or https:// URL' };
  expect(refusalSentence('Not saved', error, { url: 'must be an http:// or https:// URL' })).toBe(
    'Not saved: correct the field marked above.',
  );
  expect(refusalSentence('Not saved', error, { url: 'x', title: 'y' })).toBe(
    'Not saved: correct the fields marked above.',
  );
  expect(refusalSentence('Not split', { message: 'mergeId: no merge 7.' }, {})).toBe('Not split: mergeId: no merge 7.');
});
