/** Helpers for ingest tests: parse wire records as the API would, and common actors. */
import { type RequestInput, type RequestWire, SubmitInput } from '../../shared/interchange.ts';
import type { Actor } from '../services/actor.ts';

export const cliActor: Actor = {
  kind: 'cli',
  name: 'cli:test',
  defaultSource: 'monitor-a',
  createMissingSources: { kind: 'monitor_entry' },
};

export function parseBatch(requests: RequestWire[]): RequestInput[] {
  return SubmitInput.parse({ requests }).requests;
}
