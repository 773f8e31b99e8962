/**
 * Browser tests' world: a fresh database of the test engine (server/test/db.ts: SQLite unless
 * TEST_ENGINE=postgres) with a small seeded demo dataset, the client built by
 * Vite, the real server on a free port, and Debian's Chromium driven by playwright-core.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { buildApp } from '../server/app.ts';
import type { Db } from '../server/db/database.ts';
import { importPublishedPath } from '../server/services/published/import.ts';
import { seedDemoData } from '../server/services/seed/index.ts';
import { createTestDb } from '../server/test/db.ts';
import { CHROMIUM, launchChromium } from './chromium.ts';

/** Locally a missing Chromium skips the browser tests; in CI it fails them (CI must install it). */
export const skipBrowserTests = !existsSync(CHROMIUM) && process.env.CI !== 'true';

export interface World {
  base: string;
  /** The built client the server serves. */
  clientDir: string;
  browser: Browser;
  /** A tRPC query over HTTP, as any API client would make it. */
  api: <T>(procedure: string, input?: unknown) => Promise<T>;
  close: () => Promise<void>;
}

export const SEED_ITEMS = 20_000;

export interface WorldOptions {
  /** A file or folder of platforms' published reports to import before the server starts (e.g. SHARED_DATA). */
  published?: string;
  /** Runs on the database after seeding, before the server starts (e.g. creating accounts with the CLI's services). */
  prepare?: (db: Db) => Promise<void>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`);
  }
  const database = await createTestDb();
  await seedDemoData(database.db, { items: SEED_ITEMS, seed: 1 });
  if (options.published) await importPublishedPath(database.db, options.published);
  await options.prepare?.(database.db);
  const clientDir = join(database.dir, 'client');
  await build({
    configFile: resolve('vite.config.ts'),
    build: { outDir: clientDir, emptyOutDir: true },
    logLevel: 'error',
  });
  const app: FastifyInstance = await buildApp({ db: database.db, clientDir });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const api = async <T>(procedure: string, input?: unknown): Promise<T> => {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const response = await fetch(`${base}/trpc/${procedure}${query}`);
    const body = (await response.json()) as { result: { data: T } };
    if (!response.ok) throw new Error(`${procedure}: HTTP ${response.status} ${JSON.stringify(body)}`);
    return body.result.data;
  };
  return {
    base,
    clientDir,
    browser,
    api,
    close: async () => {
      await browser.close();
      await app.close();
      await database.dispose();
    },
  };
}

/** Parses the CSV our exports write (RFC 4180, CRLF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}
