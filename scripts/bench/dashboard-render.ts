/**
 * Time from navigation to every Overview chart drawn (no card left loading), in Debian's headless
 * Chromium against a server on the benchmark database: the first load after the server starts
 * (cold caches) and the median of the next ones (each in a fresh page, so no client-side cache).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { CHROMIUM, chartStates, launchChromium } from '../../e2e/chromium.ts';
import { buildApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/database.ts';
import { loadMemoryCube } from '../../server/queries/stats/memory-cube.ts';
import { BENCH_DIR } from './fixtures.ts';

export interface RenderResult {
  charts: number;
  states: Record<string, string>;
  firstMs: number;
  medianMs: number;
  loads: number[];
}

export async function overviewRenderTime(url: string, loads = 5): Promise<RenderResult | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const clientDir = resolve(BENCH_DIR, 'client');
  await build({
    configFile: resolve('vite.config.ts'),
    build: { outDir: clientDir, emptyOutDir: true },
    logLevel: 'error',
  });
  const database = openDatabase(url);
  // As the server does at start (server/main.ts): the stats cube in memory before the first visit.
  await loadMemoryCube(database.db);
  const app = await buildApp({ db: database.db, clientDir });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    let states: Record<string, string> = {};
    for (let i = 0; i < loads; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const started = performance.now();
      await page.goto(`${base}/`);
      states = await chartStates(page, 120_000);
      times.push(performance.now() - started);
      await page.close();
    }
    const rest = times.slice(1).sort((a, b) => a - b);
    return {
      charts: Object.keys(states).length,
      states,
      firstMs: Math.round(times[0] ?? Number.NaN),
      medianMs: Math.round(rest[Math.floor(rest.length / 2)] ?? Number.NaN),
      loads: times.map(Math.round),
    };
  } finally {
    await browser.close();
    await app.close();
    await database.close();
  }
}
