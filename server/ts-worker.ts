/**
 * A worker thread that runs a TypeScript module under tsx (the CLI scripts, the bench, Vitest): the
 * thread registers tsx's loader itself, imports the module and, when `run` names one, calls that
 * export. The server bundle does not use it: its worker threads run the bundle's entry again.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function workerUnderTsx(module: URL, options: WorkerOptions, run?: string): Worker {
  const source = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then((tsx) => tsx.register())
    .then(() => import(${JSON.stringify(module.href)}))${run ? `\n    .then((m) => m[${JSON.stringify(run)}]())` : ''};`;
  return new Worker(source, { ...options, eval: true });
}
