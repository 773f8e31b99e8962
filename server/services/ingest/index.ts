/** Public face of the ingest service: what routers and scripts call. */
export { recordAppeal, recordOutcome } from './outcomes.ts';
export { retractRequest } from './retract.ts';
export {
  type BatchOutcome,
  checkBatch,
  dryRunRequests,
  type RecordStatus,
  type SubmitOptions,
  type SubmitResult,
  submitInTransaction,
  submitRequests,
} from './submit.ts';
