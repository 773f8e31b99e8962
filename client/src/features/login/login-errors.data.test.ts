import { describe, expect, test } from 'vitest';
import { checkLoginFields, loginErrorsOf, returnPath } from './login-errors.data.ts';

describe('sign-in errors', () => {
  test('empty and malformed fields are named before any call', () => {
    expect(checkLoginFields('', '')).toEqual({
      sentence: 'Correct the fields marked below.',
      email: 'Enter your e-mail address.',
      password: 'Enter the password.',
    });
    expect(checkLoginFields('ana', 'x')?.email).toBe('This is not an e-mail address.');
    expect(checkLoginFields('ana@example.org', 'x')).toBeNull();
  });

  test('a wrong password is a sentence and a message at the password field', () => {
    const errors = loginErrorsOf({ message: 'Wrong e-mail address or password', data: { httpStatus: 401 } });
    expect(errors.sentence).toMatch(/^Wrong e-mail address or password\./);
    expect(errors.password).toBeDefined();
  });

  test('the server’s field problems land at their fields; throttling is a sentence', () => {
    const problems = [{ path: 'email', message: 'must be at most 254 characters' }];
    expect(loginErrorsOf({ message: '1 problem', data: { httpStatus: 400, problems } }).email).toBe(
      'The e-mail address must be at most 254 characters.',
    );
    expect(loginErrorsOf({ message: 'Too many attempts.', data: { httpStatus: 429 } })).toEqual({
      sentence: 'Too many attempts. Wait before the next attempt.',
    });
  });

  test('only our own paths are returned to', () => {
    expect(returnPath('/explore?item=3')).toBe('/explore?item=3');
    for (const from of [undefined, '//evil.example', 'https://evil.example', '/login'])
      expect(returnPath(from)).toBe('/');
  });
});
