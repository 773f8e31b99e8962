/**
 * The in-memory cube of one database: the aggregate tables keyed by item-level dimensions or
 * profile sets (the ones item-level filters read, ~1 µs a row in SQL) held as columns
 * (server/cube-memory/), with the catalogue their filters consult. It is used only while its data
 * version is the database's current one, so a committed write (of this process or another) is
 * never missed: a stale cube is reloaded in the background and reads go to SQL meanwhile.
 * Reloads are spaced (RELOAD_GAP × the last load's time) so a stream of writes cannot keep the
 * process busy reloading.
 */
import type { Catalogue } from '../../cube-memory/catalogue.ts';
import { rollUp } from '../../cube-memory/rollup.ts';
import type { MemoryTable } from '../../cube-memory/table.ts';
import { AGGREGATE_TABLE_LIST, type AggregateTable } from '../../db/cube/tables.ts';
import type { Db } from '../../db/database.ts';
import { dialectOf } from '../../db/dialect/index.ts';
import { dataVersion } from './data-version.ts';
import { loadCatalogue, loadMemoryTable, nextTurn } from './memory-load.ts';

export interface MemoryCube {
  version: string;
  tables: Map<string, MemoryTable>;
  /** Daily tables no declared weekly table rolls up, summed into weeks here (by daily table name). */
  weekly: Map<string, MemoryTable>;
  catalogue: Catalogue;
  /** Milliseconds the load took, and the typed arrays' bytes. */
  loadMs: number;
  bytes: number;
}

const RELOAD_GAP = 3;

const sameKey = (a: AggregateTable, b: AggregateTable) =>
  a.key.length === b.key.length && a.key.every((d) => b.key.includes(d));
/**
 * The item-dimension and profile-set daily tables: weekly series under item filters scan them.
 * A weekly rollup is kept when it has at most this share of the daily rows (at 1 M items: items
 * 58%, kept, 2–3× faster weekly series; profile sets 76%, barely repeating within a week: dropped).
 * At 5 M items the profile sets' rollup holds 62% (9.7 MB); without it the weekly reads'
 * p95s stayed within run-to-run noise (13–16 ms): dropped too.
 */
const ROLLUP_MAX_SHARE = 0.6;
const WEEKLY_ROLLUPS = AGGREGATE_TABLE_LIST.filter(
  (t) => t.grain === 'day' && !AGGREGATE_TABLE_LIST.some((w) => w.grain === 'week' && sameKey(w, t)),
);

interface State {
  cube?: MemoryCube;
  loading?: Promise<void>;
  /** No background load starts before this instant (ms since epoch). */
  nextLoadAt: number;
  /** Why the last load failed, for loadMemoryCube to report. */
  error?: unknown;
  options: CubeOptions;
}

export interface CubeOptions {
  /** Keep a weekly rollup holding at most this share of its daily table's rows (tests: 1, always). */
  rollupMaxShare?: number;
}

const states = new WeakMap<Db, State>();
const stateOf = (db: Db): State => {
  let state = states.get(db);
  if (!state) {
    state = { nextLoadAt: 0, options: {} };
    states.set(db, state);
  }
  return state;
};

const disabled = new WeakSet<Db>();

/** Keeps `db` on SQL for good (the benchmark's naive scan, whose tables are views of its own). */
export function disableMemoryCube(db: Db): void {
  disabled.add(db);
}

/** Reads every memory table and the catalogue; undefined when the data changed while reading. */
async function readCube(db: Db, options: CubeOptions): Promise<MemoryCube | undefined> {
  const started = performance.now();
  const version = await dataVersion(db);
  await nextTurn();
  const catalogue = await loadCatalogue(db);
  const tables = new Map<string, MemoryTable>();
  // Every aggregate table: the item-dimension and profile-set ones are what item-level filters
  // read (the slow SQL reads); the request-level rollups are small beside them and make the
  // unfiltered weekly and daily series fast too.
  await dialectOf(db).readOnce(db, async () => {
    for (const table of AGGREGATE_TABLE_LIST) tables.set(table.name, await loadMemoryTable(db, table));
  });
  if ((await dataVersion(db)) !== version) return undefined;
  const weekly = new Map<string, MemoryTable>();
  for (const { name } of WEEKLY_ROLLUPS) {
    const rollup = rollUp(tables.get(name) as MemoryTable, 'week', options.rollupMaxShare ?? ROLLUP_MAX_SHARE);
    if (rollup) weekly.set(name, rollup);
  }
  const bytes = [...tables.values(), ...weekly.values()].reduce((n, t) => n + t.bytes, 0);
  return { version, tables, weekly, catalogue, loadMs: performance.now() - started, bytes };
}

function startLoad(db: Db, state: State): Promise<void> {
  state.loading ??= (async () => {
    const started = performance.now();
    try {
      const cube = await readCube(db, state.options);
      if (cube) state.cube = cube;
      state.error = undefined;
    } catch (error) {
      // A closed database or a failed read: reads stay on SQL, which reports real errors itself.
      state.error = error;
    } finally {
      state.loading = undefined;
      state.nextLoadAt = Date.now() + RELOAD_GAP * (performance.now() - started);
    }
  })();
  return state.loading;
}

/**
 * The cube, when it matches the database's current data version; otherwise undefined (answer by
 * SQL) and a reload is started unless one runs or the last ended too recently.
 */
export async function currentMemoryCube(db: Db): Promise<MemoryCube | undefined> {
  if (disabled.has(db)) return undefined;
  const state = stateOf(db);
  const version = await dataVersion(db);
  if (state.cube?.version === version) return state.cube;
  if (state.cube) state.cube = undefined; // Stale: release its memory before loading the next.
  if (!state.loading && Date.now() >= state.nextLoadAt) void startLoad(db, state);
  return undefined;
}

/**
 * Loads the cube now (waiting for a running load first) unless the current one is fresh: for
 * server start and for tests. Returns the fresh cube, or undefined if writes kept changing the data.
 * `options` hold for this load and the later ones of `db`.
 */
export async function loadMemoryCube(db: Db, options?: CubeOptions): Promise<MemoryCube | undefined> {
  const state = stateOf(db);
  if (options) state.options = options;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (state.loading) await state.loading;
    if (state.cube?.version === (await dataVersion(db))) return state.cube;
    await startLoad(db, state);
    if (state.error) throw state.error;
  }
  return state.cube?.version === (await dataVersion(db)) ? state.cube : undefined;
}
