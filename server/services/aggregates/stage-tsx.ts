/**
 * The aggregate staging thread under tsx (`npm run seed`, the tests): the worker registers tsx's
 * loader itself, then runs stage-worker.ts. The server bundle starts it through its entry instead
 * (stageWorkerOfEntry), and never loads this module.
 */
import { Worker } from 'node:worker_threads';
import { type StartStageWorker, YOUNG_GENERATION } from './stage.ts';

export const stageWorkerUnderTsx: StartStageWorker = (request) =>
  new Worker(
    `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
      .then((tsx) => tsx.register())
      .then(() => import(${JSON.stringify(new URL('./stage-worker.ts', import.meta.url).href)}))
      .then((worker) => worker.fillStagedAggregates());`,
    { eval: true, workerData: request, resourceLimits: YOUNG_GENERATION },
  );
