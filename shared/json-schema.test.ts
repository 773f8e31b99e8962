import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { interchangeJsonSchema } from './json-schema.ts';

test('docs/interchange.schema.json is current (run npm run schema after changing shared/interchange.ts)', () => {
  const committed = JSON.parse(readFileSync('docs/interchange.schema.json', 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(interchangeJsonSchema())));
  expect(committed.required).toEqual(
    expect.arrayContaining(['externalId', 'jurisdiction', 'agency', 'platform', 'submittedAt', 'items']),
  );
});
