import { expect, test } from 'vitest';
import { fieldErrorsOf } from './field-errors.data.ts';

test('problems become one message per field; those naming no field are left out', () => {
  const error = {
    message: 'url: must be an http:// or https:// URL',
    data: {
      problems: [
        { path: 'url', message: 'must be an http:// or https:// URL' },
        { path: 'url', message: 'second one' },
        { path: 'items.0.title', message: 'must not be empty' },
        { message: 'no field' },
      ],
    },
  };
  expect(fieldErrorsOf(error)).toEqual({ url: 'must be an http:// or https:// URL', items: 'must not be empty' });
  expect(fieldErrorsOf(null)).toEqual({});
});
