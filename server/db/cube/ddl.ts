/**
 * The columns of each declared aggregate table, and the Kysely code of a migration creating it.
 * Migrations are frozen and import no app code, so a new dimension or measure gets its migration
 * text generated ONCE and pasted into a new migration file:
 *   npx tsx -e "import('./server/db/cube/ddl.ts').then((m) => console.log(m.migrationSource()))"
 * (it uses `sql` from kysely and `isPostgres` from migrations/engine.ts). cube.test.ts then checks
 * that the migrated tables match the declaration.
 */
import { DIMENSIONS, type Dimension } from './dimensions.ts';
import { AGGREGATE_TABLE_LIST, type AggregateTable, keyColumns, measureColumns } from './tables.ts';

export interface ColumnSpec {
  name: string;
  type: 'integer' | 'text';
  /** Part of the primary key (else a measure: NOT NULL DEFAULT 0). */
  key: boolean;
}

export function tableColumns(table: AggregateTable): ColumnSpec[] {
  const keyType = (c: string) => (c === 'day' ? 'text' : DIMENSIONS[c as Dimension].type);
  return [
    ...keyColumns(table).map((name) => ({ name, type: keyType(name), key: true })),
    ...measureColumns(table).map((name) => ({ name, type: 'integer' as const, key: false })),
  ];
}

/** `db.schema.createTable(…)` statements for the given tables (all by default), as source text. */
export function migrationSource(tables: readonly AggregateTable[] = AGGREGATE_TABLE_LIST): string {
  return tables
    .map((table) => {
      const columns = tableColumns(table).map(({ name, type, key }) => {
        const constraint = key ? 'c.notNull()' : 'c.notNull().defaultTo(0)';
        return `    .addColumn('${name}', '${type}', (c) => ${constraint})`;
      });
      const key = keyColumns(table)
        .map((c) => `'${c}'`)
        .join(', ');
      return [
        `  await db.schema`,
        `    .createTable('${table.name}')`,
        ...columns,
        `    .addPrimaryKeyConstraint('${table.name}_pk', [${key}])`,
        // One b-tree on SQLite: the table stored in its key's order (2026_12_07_1500).
        '    .$call((b) => (isPostgres(db) ? b : b.modifyEnd(sql`without rowid`)))',
        `    .execute();`,
      ].join('\n');
    })
    .join('\n\n');
}
