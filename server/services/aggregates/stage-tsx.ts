/**
 * The aggregate staging thread under tsx (`npm run seed`, the tests). The server bundle starts it
 * through its entry instead (stageWorkerOfEntry), and never loads this module.
 */
import { BULK_WORKER_LIMITS } from '../../heap.ts';
import { workerUnderTsx } from '../../ts-worker.ts';
import type { StartStageWorker } from './stage.ts';

export const stageWorkerUnderTsx: StartStageWorker = (request) =>
  workerUnderTsx(
    new URL('./stage-worker.ts', import.meta.url),
    { workerData: request, resourceLimits: BULK_WORKER_LIMITS },
    'fillStagedAggregates',
  );
