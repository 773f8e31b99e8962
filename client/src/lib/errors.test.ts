import { expect, test } from 'vitest';
import { describeError } from './errors.ts';

test('transport failures read as one plain sentence; server messages pass through', () => {
  expect(describeError({ message: 'Unexpected token \'S\', "Service Un"... is not valid JSON' })).toBe(
    'the server could not be reached or did not answer properly',
  );
  expect(describeError({ message: 'Failed to fetch' })).toBe(
    'the server could not be reached or did not answer properly',
  );
  expect(describeError({ message: '`from` must not be after `to`.' })).toBe('`from` must not be after `to`');
  expect(describeError(null)).toBe('the server could not be reached or did not answer properly');
});
