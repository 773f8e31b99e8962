/**
 * `npm run bench [-- --engine sqlite|postgres]`: measures our code against a baseline in the same
 * run and prints ratios (never asserted in tests). SQLite by default (files in data/bench/);
 * PostgreSQL in the cluster at BENCH_POSTGRES_URL, else a throwaway one (scripts/bench/target.ts). Sizes: BENCH_STATS_ITEMS (default 5,000,000; the database is reused when it
 * exists), BENCH_IMPORT_ITEMS (200,000), BENCH_HTTP_ITEMS (100,000), BENCH_COMBINATIONS (200),
 * BENCH_NAIVE_PER_PROCEDURE (2), BENCH_NAIVE_LIMIT_S (10). The last phase loads the Overview page in
 * Debian's headless Chromium (skipped without it); then `npm start` is timed on fresh clones of HEAD
 * (BENCH_START=0 skips). Results also go to data/bench/results-<engine>-<time>.json, and the targets
 * table to the .md beside it.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Engine, openDatabase } from '../server/db/database.ts';
import { overviewRenderTime } from './bench/dashboard-render.ts';
import { BENCH_DIR, demoJsonl } from './bench/fixtures.ts';
import { httpSubmitRate } from './bench/http-submit.ts';
import { aggregateRows, importRate, rawInsertRate } from './bench/ingest.ts';
import { naiveSamples } from './bench/naive.ts';
import { PUBLISHED_DIR, publishedFixture, randomPublishedCalls } from './bench/published-inputs.ts';
import { printTable, targetsMarkdown } from './bench/report.ts';
import { startTime } from './bench/start-time.ts';
import { statsDatabase } from './bench/stats-db.ts';
import { catalogueValues, randomCalls } from './bench/stats-inputs.ts';
import { statsLatency } from './bench/stats-latency.ts';
import { benchTarget } from './bench/target.ts';

const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];
function engineArgument(): Engine {
  const usage = `usage: npm run bench [-- --engine ${ENGINES.join('|')}]`;
  try {
    const { values } = parseArgs({ options: { engine: { type: 'string', default: 'sqlite' } } });
    if (ENGINES.includes(values.engine as Engine)) return values.engine as Engine;
    console.error(`--engine must be one of ${ENGINES.join(', ')}, not "${values.engine}"\n${usage}`);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
  }
  process.exit(2);
}
const engine = engineArgument();

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const statsItems = setting('BENCH_STATS_ITEMS', 5_000_000);
const importItems = setting('BENCH_IMPORT_ITEMS', 200_000);
const httpItems = setting('BENCH_HTTP_ITEMS', 100_000);
const combinations = setting('BENCH_COMBINATIONS', 200);
const naivePerProcedure = setting('BENCH_NAIVE_PER_PROCEDURE', 2);
const naiveLimitMs = setting('BENCH_NAIVE_LIMIT_S', 10) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const started = performance.now();

const target = await benchTarget(engine);
console.log(`engine: ${target.version}; databases: ${target.where}`);
console.log(`1/7 database of ${fmt(statsItems)} items (seeded unless already there)`);
const stats = await statsDatabase(target, statsItems);
console.log(
  `    ${stats.label}: ${fmt(stats.items)} items, ${fmt(stats.requests)} requests, seeded in ${stats.seedSeconds.toFixed(0)} s`,
);

console.log(`2/7 import of ${fmt(importItems)} items vs raw inserts of the same rows`);
const file = await demoJsonl(importItems);
const imported = await importRate(target, file);
const raw = await rawInsertRate(target, file);
const rawWithAggregates = await rawInsertRate(target, file, await aggregateRows(imported.url));

console.log(`3/7 requests.submit over HTTP, ${fmt(httpItems)} items`);
const http = await httpSubmitRate(target, httpItems, 3917);

console.log(`4/7 ${combinations} random filter combinations × every read procedure, over HTTP`);
const open = openDatabase(stats.url);
const catalogue = await catalogueValues(open.db);
await open.close();
// The platforms' published reports ride along (their own tables), when ../shared/data is there.
const published = await publishedFixture(stats.url);
console.log(
  published
    ? `    published reports: ${published.files} files from ${PUBLISHED_DIR} (${published.seconds.toFixed(1)} s; 0 when already imported)`
    : `    published reports: ${PUBLISHED_DIR} not found, published.* not measured`,
);
const publishedCalls = (seed: number, n: number) =>
  published ? randomPublishedCalls(seed, n, published.jurisdictions) : [];
const latency = await statsLatency(
  stats.url,
  3918,
  [...randomCalls(7, 10, catalogue), ...publishedCalls(8, 10)],
  [...randomCalls(42, combinations, catalogue), ...publishedCalls(43, combinations)],
);

console.log(
  `5/7 naive scan of ${naivePerProcedure} of those calls per procedure (stopped after ${naiveLimitMs / 1000} s)`,
);
// Published statistics have no naive form: they are the publishers' rows as stored.
const procedures = Object.keys(latency.byProcedure).filter((p) => p !== 'items.list' && !p.startsWith('published.'));
const naiveCalls = procedures.flatMap((p) =>
  latency.samples
    .filter((s) => s.call.procedure === p)
    .slice(0, naivePerProcedure)
    .map((s) => s.call),
);
const naive = await naiveSamples(stats.url, naiveCalls, naiveLimitMs);

console.log('6/7 the Overview page in headless Chromium: navigation to every chart drawn');
const overviewPage = await overviewRenderTime(stats.url);

console.log('7/7 npm start on a fresh clone of HEAD, to /health answering (3 runs; BENCH_START=0 skips)');
const start = process.env.BENCH_START === '0' ? { skipped: 'BENCH_START=0' } : await startTime(3919);

const results = {
  at: new Date().toISOString(),
  engine,
  engineVersion: target.version,
  settings: { statsItems, importItems, httpItems, combinations, naivePerProcedure, naiveLimitMs },
  database: stats,
  ingest: {
    raw,
    rawWithAggregates,
    imported,
    ratio: imported.itemsPerSecond / raw.itemsPerSecond,
    ratioWithAggregates: imported.itemsPerSecond / rawWithAggregates.itemsPerSecond,
  },
  http,
  latency: { byProcedure: latency.byProcedure, serverPeakRssMb: latency.serverPeakRssMb },
  naive,
  overviewPage,
  start,
  totalSeconds: (performance.now() - started) / 1000,
};
printTable(results);
const out = `${BENCH_DIR}/results-${engine}-${results.at.replace(/[:.]/g, '-')}`;
writeFileSync(`${out}.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(`${out}.md`, targetsMarkdown(results));
console.log(`Written to ${out}.json and .md (${results.totalSeconds.toFixed(0)} s in all)`);
process.exit(0);
