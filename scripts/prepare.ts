/**
 * npm's `prepare` hook (runs after `npm install` in this repository): builds the client and the
 * server bundle, so the first `npm start` serves without building them. A failure only warns:
 * `npm start` builds them then.
 */
import { execFileSync } from 'node:child_process';
import { buildClientIfStale } from './demo.ts';

try {
  await buildClientIfStale();
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
} catch (error) {
  console.warn(
    `prepare: the build did not finish (${(error as Error).message}); npm start will build what is missing.`,
  );
}
