/**
 * npm's `prepare` hook (runs after `npm install` in this repository): builds the client, so the first
 * `npm start` serves without building it. A failure only warns: `npm start` builds it then.
 */
import { buildClientIfStale } from './demo.ts';

try {
  await buildClientIfStale();
} catch (error) {
  console.warn(`prepare: the dashboard was not built (${(error as Error).message}); npm start will build it.`);
}
