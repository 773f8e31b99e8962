/**
 * The queries that fill the in-memory cube (server/cube-memory/): each table read a month at a
 * time in `day` order (so memory while loading stays one month's rows, on either engine), and the
 * small catalogue tables the filters look through.
 */
import { sql } from 'kysely';
import { shiftDay } from '../../../shared/periods.ts';
import { KEY_SEPARATOR, TableBuilder } from '../../cube-memory/builder.ts';
import type { Catalogue } from '../../cube-memory/catalogue.ts';
import { type MemoryTable, SORTED_DIMENSIONS } from '../../cube-memory/table.ts';
import { DIMENSION_NAMES, DIMENSIONS, type Dimension } from '../../db/cube/dimensions.ts';
import { type AggregateTable, measureColumns } from '../../db/cube/tables.ts';
import type { Db } from '../../db/database.ts';
import { findBasisSetMembers, NOTHING_CITED_CATEGORY } from '../catalog/basis-sets.ts';

/** First day of the month after the one holding `day`. */
const nextMonth = (day: string) =>
  shiftDay(`${day.slice(0, 7)}-28`, 4)
    .slice(0, 8)
    .concat('01');

/**
 * Lets the event loop take other work (HTTP requests) between two queries of the load. better-sqlite3
 * answers synchronously, so without it a run of queries is one chain of microtasks that holds off
 * every request until it ends: the first request after the server started listening waited ≈ 150 ms
 * for the catalogue and the first table's extent.
 */
export const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

export async function loadMemoryTable(db: Db, table: AggregateTable): Promise<MemoryTable> {
  const name = table.name as 'agg_items';
  await nextTurn();
  const span = await db
    .selectFrom(name)
    .select((eb) => [
      eb.fn.min<string>(sql.ref('day')).as('first'),
      eb.fn.max<string>(sql.ref('day')).as('last'),
      eb.fn.countAll().as('rows'),
    ])
    .executeTakeFirst();
  await nextTurn();
  // Sized up front: growing the columns while loading held up to twice their size.
  const builder = new TableBuilder(table, Number(span?.rows ?? 0));
  const ref = (c: string) => sql.ref(`${table.name}.${c}`);
  // Three values a row instead of ~70 (see TableBuilder): the key joined, the non-zero measures.
  const key = sql.join(
    table.key.map((c) => ref(c)),
    sql` || ${sql.lit(KEY_SEPARATOR)} || `,
  );
  const measures = sql.join(
    measureColumns(table).map(
      (c, i) => sql`case when ${ref(c)} <> 0 then ${sql.lit(`${i}:`)} || ${ref(c)} || ' ' else '' end`,
    ),
    sql` || `,
  );
  // Within a day, in the order the memory table's zones rely on (SORTED_DIMENSIONS).
  const sorted = SORTED_DIMENSIONS.filter((d) => table.key.includes(d));
  const columns = [ref('day').as('day'), sql<string>`${key}`.as('k'), sql<string>`${measures}`.as('m')];
  if (span?.first && span.last) {
    for (let month = `${span.first.slice(0, 7)}-01`; month <= span.last; month = nextMonth(month)) {
      let query = db
        .selectFrom(name)
        .select(columns)
        .where(ref('day'), '>=', month)
        .where(ref('day'), '<', nextMonth(month))
        .orderBy(ref('day'));
      for (const d of sorted) query = query.orderBy(ref(d));
      const rows = await query.execute();
      for (const row of rows as unknown as { day: string; k: string; m: string }[]) builder.add(row.day, row.k, row.m);
      await nextTurn();
    }
  }
  return builder.done();
}

/** The value's code in a dictionary, added when new (at most 256: the enums are far smaller). */
function codeOf(dictionary: Map<string, number>, value: string): number {
  let code = dictionary.get(value);
  if (code === undefined) {
    code = dictionary.size;
    if (code > 255) throw new Error('more than 256 distinct item-level values');
    dictionary.set(value, code);
  }
  return code;
}

/** The catalogue the filters consult: lookup keys (names, slugs), basis and profile set members. */
export async function loadCatalogue(db: Db): Promise<Catalogue> {
  const lookups = new Map<Dimension, Map<string | number, number[]>>();
  for (const dimension of DIMENSION_NAMES) {
    const spec = DIMENSIONS[dimension];
    if (spec.filter.match !== 'lookup' || !spec.catalogue) continue;
    const { table, column } = spec.catalogue;
    const rows = await db
      .selectFrom(table as 'platforms')
      .select([sql.ref(`${table}.${column}`).as('id'), sql.ref(`${table}.${spec.filter.by}`).as('key')])
      .execute();
    await nextTurn();
    const ids = new Map<string | number, number[]>();
    for (const { id, key } of rows as { id: unknown; key: string | number }[]) {
      ids.set(key, [...(ids.get(key) ?? []), Number(id)]);
    }
    lookups.set(dimension, ids);
  }
  const members = await findBasisSetMembers(db);
  await nextTurn();
  const empty = await db.selectFrom('basis_sets').select('id').where('set_key', '=', '').execute();
  await nextTurn();
  const profiles = await db
    .selectFrom('profile_set_members')
    .select(['set_id', 'content_type', 'author_kind'])
    .execute();
  await nextTurn();
  const contentTypes = new Map<string, number>();
  const authorKinds = new Map<string, number>();
  return {
    lookups,
    basisMembers: members.map((m) => ({
      set_id: Number(m.set_id),
      legal_basis_id: Number(m.id),
      category: m.category,
    })),
    emptyBasisSets: empty.map((r) => Number(r.id)),
    profileMembers: {
      setIds: Int32Array.from(profiles, (p) => Number(p.set_id)),
      typeCodes: Uint8Array.from(profiles, (p) => codeOf(contentTypes, p.content_type)),
      kindCodes: Uint8Array.from(profiles, (p) => codeOf(authorKinds, p.author_kind)),
      contentTypes: [...contentTypes.keys()],
      authorKinds: [...authorKinds.keys()],
    },
    nothingCited: NOTHING_CITED_CATEGORY,
  };
}
