/** Public face of the ingest service: what routers and scripts call. */
export { recordAppeal, recordOutcome } from './outcomes.ts';
export { retractRequest } from './retract.ts';
export { checkBatch, type SubmitOptions, type SubmitResult, submitRequests } from './submit.ts';
