/** The benchmark's printed tables: issue 12's targets with each figure and its ratio, then the details. */
import type { Engine } from '../../server/db/database.ts';
import type { RenderResult } from './dashboard-render.ts';
import type { NaiveSample } from './naive.ts';
import type { StartResult } from './start-time.ts';
import type { LatencyResult } from './stats-latency.ts';

interface Rate {
  itemsPerSecond: number;
}

export interface BenchResults {
  engine: Engine;
  settings: { statsItems: number };
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
  start: StartResult | { skipped: string };
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

/** p95 target of the read procedures: by engine at 5 M items, one for both at 50 M. */
export function readTargetMs(engine: Engine, items: number): number {
  if (items >= 50_000_000) return 100;
  return engine === 'sqlite' ? 20 : 50;
}

interface Target {
  figure: string;
  measured: string;
  target: string;
  /** measured ÷ target (or target ÷ measured where more is better): ≤ 1 is met for "at most", ≥ 1 for "at least". */
  ratio: number;
  met: boolean;
}

function targets(r: BenchResults): Target[] {
  const readTarget = readTargetMs(r.engine, r.settings.statsItems);
  const procedures = Object.entries(r.latency.byProcedure).filter(
    ([p]) => p.startsWith('stats.') || p.startsWith('published.'),
  );
  const [worstName, worst] = procedures.reduce(
    (a, b) => (b[1].all.p95Ms > a[1].all.p95Ms ? b : a),
    procedures[0] ?? ['none', { all: { p95Ms: Number.NaN } }],
  ) as [string, { all: { p95Ms: number } }];
  const atMost = (figure: string, value: number, target: number, unit: string, measured?: string): Target => ({
    figure,
    measured: measured ?? `${value} ${unit}`,
    target: `≤ ${target} ${unit}`,
    ratio: value / target,
    met: value <= target,
  });
  const atLeast = (figure: string, value: number, target: number, measured: string, shown: string): Target => ({
    figure,
    measured,
    target: shown,
    ratio: value / target,
    met: value >= target,
  });
  const page = r.overviewPage;
  const start = r.start;
  return [
    atMost(
      `p95 of every stats.* / published.* procedure (${procedures.length}), with item-level filters, ${fmt(r.settings.statsItems)} items`,
      worst.all.p95Ms,
      readTarget,
      'ms',
      `${ms(worst.all.p95Ms)} (worst: ${worstName})`,
    ),
    atLeast(
      'npm run import vs raw inserts of the same base rows (A)',
      r.ingest.ratio,
      0.3,
      `${(100 * r.ingest.ratio).toFixed(1)} %`,
      '≥ 30 %',
    ),
    atLeast(
      'requests.submit over HTTP, 1,000-item batches, loopback',
      r.http.itemsPerSecond,
      40_000,
      `${fmt(r.http.itemsPerSecond)} items/s`,
      '≥ 40,000 items/s',
    ),
    'skipped' in page
      ? {
          figure: 'Overview page drawn (Chromium)',
          measured: page.skipped,
          target: '≤ 600 ms',
          ratio: Number.NaN,
          met: false,
        }
      : atMost('Overview page: navigation to every chart drawn, headless Chromium (median)', page.medianMs, 600, 'ms'),
    atMost('server peak RSS during the query phase', r.latency.serverPeakRssMb, 300, 'MB'),
    'skipped' in start
      ? {
          figure: 'npm start on a fresh clone to healthy',
          measured: start.skipped,
          target: '≤ 10 s',
          ratio: Number.NaN,
          met: false,
        }
      : atMost('npm start on a fresh clone to healthy on demo data (median of 3)', start.medianSeconds, 10, 's'),
  ];
}

/** The targets table as Markdown, for data/bench/ and the closing note. */
export function targetsMarkdown(r: BenchResults): string {
  const lines = [
    `${r.engineVersion}, ${fmt(r.settings.statsItems)} items`,
    '',
    '| figure | measured | target | ratio to target | met |',
    '| --- | --- | --- | --- | --- |',
    ...targets(r).map(
      (t) =>
        `| ${t.figure} | ${t.measured} | ${t.target} | ${Number.isNaN(t.ratio) ? '—' : t.ratio.toFixed(2)} | ${t.met ? 'yes' : 'no'} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export function printTable(r: BenchResults): void {
  const baseline = BASELINE[r.engine];
  console.log(`\nengine: ${r.engineVersion}`);
  print([
    ['target (issue 12)', 'measured', 'target', 'ratio', 'met'],
    ...targets(r).map((t) => [
      t.figure,
      t.measured,
      t.target,
      Number.isNaN(t.ratio) ? '—' : t.ratio.toFixed(2),
      t.met ? 'yes' : 'NO',
    ]),
  ]);
  console.log('');
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
    [
      'procedure',
      'p50',
      `p95 (target ≤ ${readTargetMs(r.engine, r.settings.statsItems)} ms)`,
      'p95 no item filter',
      'p95 item filter',
      'vs naive (target ≥ 20×)',
    ],
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
  console.log(`\nserver peak RSS during the query phase: ${r.latency.serverPeakRssMb} MB (target ≤ 300 MB)`);
  const page = r.overviewPage;
  console.log(
    'skipped' in page
      ? `Overview page in Chromium: skipped (${page.skipped})`
      : `Overview page in Chromium, navigation to all ${page.charts} charts drawn: first load ${page.firstMs} ms, then median ${page.medianMs} ms (${page.loads.join(', ')} ms)`,
  );
  const start = r.start;
  console.log(
    'skipped' in start
      ? `npm start on a fresh clone: skipped (${start.skipped})`
      : `npm start on a fresh clone to healthy: ${start.runs.join(', ')} s (after install${start.afterInstall.length ? `, which ran ${start.afterInstall.join(', ')}` : ''})`,
  );
}
