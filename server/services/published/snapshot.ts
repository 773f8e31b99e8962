/**
 * The published statistics in memory: each format's current rows with their measures, loaded on
 * first use and checked against the database's data version (as the stats cache is keyed), so an
 * import is seen by the next read. When the version moved, the imported files are compared too:
 * published rows change only by importing a file (services/published/import.ts), so item writes
 * keep the snapshot. A few tens of thousands of rows; filtering them here answers in about a
 * millisecond where SQL took tens to hundreds (issue 12).
 */
import { PUBLISHED_FORMATS, type PublishedRowOut } from '../../../shared/published.ts';
import type { Db } from '../../db/database.ts';
import {
  findMeasuresOfIdRange,
  findPublishedFilesMark,
  findPublishedRowsAfter,
  type SummedRow,
} from '../../queries/published/read.ts';
import { dataVersion } from '../../queries/stats/data-version.ts';
import type { PublishedReader } from './reader.ts';
import { stringPool, toRowOut } from './row-out.ts';
import { FIELD, groupOf, matcher, plus, type Tree } from './snapshot-scan.ts';

/** A current row as listed (shared by every answer: read-only), and what only selections look at. */
interface Entry {
  row: PublishedRowOut;
  reasonLevel: string | null;
}

/** One format's rows in the SQL listing's order (period end, jurisdiction, line, id), also by role. */
interface FormatRows {
  all: Entry[];
  byRole: Map<string, Entry[]>;
}

interface Snapshot {
  version: string;
  files: string;
  formats: Map<string, Promise<FormatRows>>;
}

const snapshots = new WeakMap<Db, Snapshot>();

/**
 * Rows read per query while loading: small enough that each page's driver rows die young in the
 * server's 4 MB semi-space. At 2,000 they were promoted, and loading every format raised the peak
 * RSS by ≈ 50 MB (the bench's server: peak 290 → 335 MB); at 250, ≈ 6 MB, and no slower (the page
 * queries walk the primary key: findPublishedRowsAfter).
 */
const LOAD_PAGE = 250;

async function loadFormat(db: Db, format: string): Promise<FormatRows> {
  const intern = stringPool();
  const loaded: { entry: Entry; line: number }[] = [];
  for (let after = 0; ; ) {
    const rows = await findPublishedRowsAfter(db, format, after, LOAD_PAGE);
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last) break;
    const measures = await findMeasuresOfIdRange(db, format, first.id, last.id);
    toRowOut(rows, measures, intern).forEach((row, i) => {
      const read = rows[i] as (typeof rows)[number];
      loaded.push({ entry: { row, reasonLevel: intern(read.reason_level) }, line: read.line });
    });
    after = last.id;
  }
  // The SQL listing's order (findPublishedRows): its columns are ASCII (dates, codes), so code-unit
  // comparison sorts as the database does.
  loaded.sort(
    (a, b) =>
      compare(a.entry.row.periodEnd, b.entry.row.periodEnd) ||
      compare(a.entry.row.jurisdiction, b.entry.row.jurisdiction) ||
      a.line - b.line ||
      a.entry.row.id - b.entry.row.id,
  );
  const all = loaded.map(({ entry }) => entry);
  const byRole = new Map<string, Entry[]>();
  for (const entry of all) {
    const list = byRole.get(entry.row.role) ?? [];
    list.push(entry);
    byRole.set(entry.row.role, list);
  }
  return { all, byRole };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The snapshot of the current data (a new, empty one when another file was imported). */
async function current(db: Db): Promise<Snapshot> {
  const version = await dataVersion(db);
  const snapshot = snapshots.get(db);
  if (snapshot?.version === version) return snapshot;
  const files = await findPublishedFilesMark(db);
  if (snapshot && snapshot.files === files) {
    snapshot.version = version;
    return snapshot;
  }
  const fresh: Snapshot = { version, files, formats: new Map() };
  snapshots.set(db, fresh);
  return fresh;
}

function rowsOf(db: Db, snapshot: Snapshot, format: string): Promise<FormatRows> {
  let rows = snapshot.formats.get(format);
  if (!rows) {
    const loading = loadFormat(db, format);
    // A failed load is not kept: the next read tries again.
    loading.catch(() => {
      if (snapshot.formats.get(format) === loading) snapshot.formats.delete(format);
    });
    snapshot.formats.set(format, loading);
    rows = loading;
  }
  return rows;
}

export function snapshotReader(db: Db): PublishedReader {
  /** The rows of these roles in the formats named (all when none): one list per format and role. */
  async function lists(formats: readonly string[] | undefined, roles: readonly string[]): Promise<Entry[][]> {
    const snapshot = await current(db);
    const loaded = await Promise.all((formats ?? PUBLISHED_FORMATS).map((format) => rowsOf(db, snapshot, format)));
    return loaded.flatMap(({ byRole }) => roles.map((role) => byRole.get(role) ?? []));
  }
  return {
    async rows(filters, format, role, page) {
      const match = matcher(filters);
      const { all, byRole } = await rowsOf(db, await current(db), format);
      const rows: PublishedRowOut[] = [];
      for (const { row } of role ? (byRole.get(role) ?? []) : all) if (match(row)) rows.push(row);
      return { total: rows.length, rows: page ? rows.slice(page.offset, page.offset + page.limit) : rows };
    },
    async sum(filters, selection, groupBy = [], byPeriod = true) {
      const match = matcher(filters);
      const columns = [...(byPeriod ? (['period_start', 'period_end'] as const) : []), ...groupBy];
      const fields = columns.map((c) => FIELD[c]);
      const tree: Tree = new Map();
      const groups: SummedRow[] = [];
      for (const list of await lists(selection.formats, selection.roles)) {
        for (const { row, reasonLevel } of list) {
          if (!match(row)) continue;
          if (selection.categoryLevelOnly && reasonLevel !== null && reasonLevel !== 'category') continue;
          const group = groupOf(tree, row, fields, groups);
          if (group.rows === 0) {
            columns.forEach((c, i) => {
              group[c] = row[fields[i] as keyof PublishedRowOut] as string | null;
            });
          }
          group.rows += 1;
          group.requests = plus(group.requests, row.requests);
          group.items = plus(group.items, row.items);
        }
      }
      // An ungrouped SQL sum is one row even over no rows.
      if (columns.length === 0 && groups.length === 0) return [{ requests: null, items: null, rows: 0 } as SummedRow];
      return groups;
    },
    async publishersAndPeriods(filters, roles) {
      const match = matcher(filters);
      const seen = new Map<string, { publisher: string; period_end: string }>();
      for (const list of await lists(undefined, roles)) {
        for (const { row } of list) {
          const key = `${row.publisher}\u0000${row.periodEnd}`;
          if (!seen.has(key) && match(row)) seen.set(key, { publisher: row.publisher, period_end: row.periodEnd });
        }
      }
      return [...seen.values()];
    },
  };
}
