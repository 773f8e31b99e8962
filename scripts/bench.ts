/**
 * `npm run bench`: measures our code against a baseline in the same run and prints ratios
 * (never asserted in tests). Sizes: BENCH_IMPORT_ITEMS (default 200,000), BENCH_HTTP_ITEMS
 * (default 100,000). Results also go to data/bench/results-<timestamp>.json.
 * Not yet measured here: stats latency at 5 M items vs a naive scan, and server RSS (analytics issue).
 */
import { writeFileSync } from 'node:fs';
import { BENCH_DIR, demoJsonl } from './bench/fixtures.ts';
import { httpSubmitRate } from './bench/http-submit.ts';
import { importRate, rawInsertRate } from './bench/ingest.ts';

const importItems = Number(process.env.BENCH_IMPORT_ITEMS ?? 200_000);
const httpItems = Number(process.env.BENCH_HTTP_ITEMS ?? 100_000);
const fmt = (n: number) => Math.round(n).toLocaleString('en');

console.log(`Preparing a JSONL file of ${fmt(importItems)} demo items…`);
const file = await demoJsonl(importItems);
const raw = await rawInsertRate(file);
const imported = await importRate(file);
const http = await httpSubmitRate(httpItems, 3917);

const rows = [
  ['raw better-sqlite3 prepared inserts (equivalent rows)', `${fmt(raw.itemsPerSecond)} items/s`, 'baseline'],
  [
    'npm run import (JSONL, validate + write passes)',
    `${fmt(imported.itemsPerSecond)} items/s`,
    `${((100 * imported.itemsPerSecond) / raw.itemsPerSecond).toFixed(1)} % of raw (target ≥ 30 %)`,
  ],
  [
    'requests.submit over HTTP, 1,000-item batches, 2 connections',
    `${fmt(http.itemsPerSecond)} items/s`,
    `p50 ${http.p50Ms} ms, p97.5 ${http.p97_5Ms} ms per batch`,
  ],
];
const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] as string).length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(width[i] as number)).join(' │ '));
const results = { at: new Date().toISOString(), importItems, httpItems, raw, imported, http };
const out = `${BENCH_DIR}/results-${results.at.replace(/[:.]/g, '-')}.json`;
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Written to ${out}`);
process.exit(0);
