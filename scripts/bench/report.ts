/** The benchmark's printed table: one line per measure, with its target. */
import type { Engine } from '../../server/db/database.ts';
import type { RenderResult } from './dashboard-render.ts';
import type { NaiveSample } from './naive.ts';
import type { LatencyResult } from './stats-latency.ts';

interface Rate {
  itemsPerSecond: number;
}

export interface BenchResults {
  engine: Engine;
  /** "SQLite 3.x" or "PostgreSQL 15.x". */
  engineVersion: string;
  ingest: {
    raw: Rate;
    rawWithAggregates: Rate & { rows: number };
    imported: Rate;
    ratio: number;
    ratioWithAggregates: number;
  };
  http: Rate & { p50Ms: number; p97_5Ms: number };
  latency: { byProcedure: LatencyResult['byProcedure']; serverPeakRssMb: number };
  naive: NaiveSample[];
  overviewPage: RenderResult | { skipped: string };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (Number.isNaN(n) ? '—' : `${n.toFixed(n < 10 ? 1 : 0)} ms`);

function print(rows: string[][]): void {
  const width = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(width[i] ?? 0)).join(' │ '));
}

/** Smallest speed-up among a procedure's naive samples; "≥" when a naive scan was stopped. */
function speedUp(samples: NaiveSample[]): string {
  if (samples.length === 0) return 'n/a (not an aggregate query)';
  const ratios = samples.map((s) => ({ ratio: s.naiveMs / s.oursMs, bound: s.timedOut }));
  const worst = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const equal = samples.every((s) => s.equal !== false) ? 'answers equal' : 'ANSWERS DIFFER';
  return `${worst.bound ? '≥ ' : ''}${fmt(worst.ratio)}× (min of ${samples.length}; ${equal})`;
}

/** How each engine's raw baseline writes (ingest.ts, raw-postgres.ts). */
const BASELINE: Record<Engine, string> = {
  sqlite: 'raw better-sqlite3 prepared inserts',
  postgres: 'raw pg INSERT … SELECT FROM unnest(arrays)',
};

export function printTable(r: BenchResults): void {
  const baseline = BASELINE[r.engine];
  console.log(`\nengine: ${r.engineVersion}`);
  print([
    ['ingest', 'rate', 'ratio / target'],
    [`${baseline}: base rows`, `${fmt(r.ingest.raw.itemsPerSecond)} items/s`, 'baseline A'],
    [
      `${baseline}: base + ${fmt(r.ingest.rawWithAggregates.rows)} aggregate rows`,
      `${fmt(r.ingest.rawWithAggregates.itemsPerSecond)} items/s`,
      'baseline B (every row the import writes)',
    ],
    [
      'npm run import (JSONL, validate + write)',
      `${fmt(r.ingest.imported.itemsPerSecond)} items/s`,
      `${(100 * r.ingest.ratio).toFixed(1)} % of A, ${(100 * r.ingest.ratioWithAggregates).toFixed(1)} % of B (target ≥ 30 %)`,
    ],
    [
      'requests.submit over HTTP (1,000-item batches)',
      `${fmt(r.http.itemsPerSecond)} items/s`,
      `p50 ${r.http.p50Ms} ms, p97.5 ${r.http.p97_5Ms} ms per batch`,
    ],
  ]);
  console.log('');
  const rows = [
    ['procedure', 'p50', 'p95 (target ≤ 50 ms)', 'p95 no item filter', 'p95 item filter', 'vs naive (target ≥ 20×)'],
  ];
  for (const [procedure, l] of Object.entries(r.latency.byProcedure)) {
    rows.push([
      procedure,
      ms(l.all.p50Ms),
      `${ms(l.all.p95Ms)} (n=${l.all.calls})`,
      `${ms(l.requestLevel.p95Ms)} (n=${l.requestLevel.calls})`,
      `${ms(l.itemLevel.p95Ms)} (n=${l.itemLevel.calls})`,
      speedUp(r.naive.filter((s) => s.procedure === procedure)),
    ]);
  }
  print(rows);
  console.log(`\nserver peak RSS during the query phase: ${r.latency.serverPeakRssMb} MB (target ≤ 500 MB)`);
  const page = r.overviewPage;
  console.log(
    'skipped' in page
      ? `Overview page in Chromium: skipped (${page.skipped})`
      : `Overview page in Chromium, navigation to all ${page.charts} charts drawn: first load ${page.firstMs} ms, then median ${page.medianMs} ms (${page.loads.join(', ')} ms)`,
  );
}
