// Frozen migration: never edit after it has landed; add a new file instead.
import { type Kysely, sql } from 'kysely';

/**
 * agg_weekly: ISO week (its Monday in `day`) × the request dimensions, like agg_daily, so weekly
 * series over long ranges read a seventh of the rows. Filled from agg_daily; the Monday of each
 * day is computed here rather than in SQL, which differs between SQLite and PostgreSQL.
 */
const REQUEST_KEY = ['source_id', 'jurisdiction', 'agency_id', 'platform_id', 'channel', 'basis_set_id'];

function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

export async function up(db: Kysely<any>): Promise<void> {
  const daily = (await db.introspection.getTables()).find((t) => t.name === 'agg_daily');
  if (!daily) throw new Error('agg_daily is missing: run the rollups migration first');
  const key = ['day', ...REQUEST_KEY];
  const measures = daily.columns.map((c) => c.name).filter((c) => !key.includes(c));
  let table = db.schema.createTable('agg_weekly');
  for (const column of daily.columns) {
    const type = column.dataType.toLowerCase().includes('int') ? 'integer' : 'text';
    table = table.addColumn(column.name, type, (c) =>
      measures.includes(column.name) ? c.notNull().defaultTo(0) : c.notNull(),
    );
  }
  await table.addPrimaryKeyConstraint('agg_weekly_pk', key as never).execute();

  const days = await db.selectFrom('agg_daily').select('day').distinct().execute();
  await db.schema.createTable('week_of_day').addColumn('day', 'text').addColumn('week', 'text').execute();
  for (let i = 0; i < days.length; i += 500) {
    const part = days.slice(i, i + 500).map(({ day }) => ({ day, week: mondayOf(day as string) }));
    await db.insertInto('week_of_day').values(part).execute();
  }
  const refs = (columns: string[]) => sql.join(columns.map((c) => sql.ref(c)));
  await sql`insert into agg_weekly (day, ${refs(REQUEST_KEY)}, ${refs(measures)})
    select w.week, ${refs(REQUEST_KEY)}, ${sql.join(measures.map((m) => sql`sum(${sql.ref(m)})`))}
    from agg_daily join week_of_day w on w.day = agg_daily.day
    group by w.week, ${refs(REQUEST_KEY)}`.execute(db);
  await db.schema.dropTable('week_of_day').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agg_weekly').execute();
}
