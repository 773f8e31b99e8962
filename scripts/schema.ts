/** `npm run schema`: writes docs/interchange.schema.json from the zod schema of a request. */
import { writeFileSync } from 'node:fs';
import { interchangeJsonSchema } from '../shared/json-schema.ts';

writeFileSync('docs/interchange.schema.json', `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`);
console.log('Wrote docs/interchange.schema.json');
