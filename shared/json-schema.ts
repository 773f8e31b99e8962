/** JSON Schema of one interchange request, generated from the zod schema (docs/interchange.schema.json). */
import { z } from 'zod';
import { RequestInput } from './interchange.ts';

export function interchangeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RequestInput, { io: 'input', unrepresentable: 'any' }),
    title: 'Takedown Monitor interchange request (v1)',
    description: 'One government takedown request with its items and appeals; one per line in .jsonl files.',
  };
}
