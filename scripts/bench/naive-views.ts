/**
 * The naive baseline of the stats benchmark: TEMP views named like the aggregate tables, which
 * SQLite and PostgreSQL (pg_temp comes first on the search path) resolve before the real tables on
 * this connection. Every stats query then runs the same
 * service code but recomputes each measure from the item tables (requests ⋈ items ⋈ appeals) on
 * every call: the scan the aggregates exist to avoid. Only for a benchmark connection.
 */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../../server/db/dialect/index.ts';
import {
  ACTIONED_OUTCOMES,
  APPEAL_OUTCOMES,
  DECIDED_APPEAL_OUTCOMES,
  OUTCOMES,
  REVERSAL_OUTCOMES,
} from '../../shared/enums.ts';
import { APPEAL_BUCKETS, APPEAL_DAY_EDGES, DECISION_BUCKETS, DECISION_HOUR_EDGES } from '../../shared/metrics.ts';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The few expressions the engines spell differently (bench-only SQL, so not in the dialect module). */
interface NaiveSql {
  /** Milliseconds between two ISO-8601 instants. */
  msBetween: (from: string, to: string) => string;
  /** The Monday (YYYY-MM-DD) of the ISO week of a YYYY-MM-DD day: agg_weekly's `day`. */
  monday: (day: string) => string;
  /** A condition as a 0/1 measure (SQLite's comparisons are integers already; PostgreSQL's are booleans). */
  int: (condition: string) => string;
  /** A condition that always holds. */
  always: string;
}

const SQLITE: NaiveSql = {
  msBetween: (from, to) => `round((unixepoch(${to}, 'subsec') - unixepoch(${from}, 'subsec')) * 1000)`,
  // `weekday 1` moves forward to a Monday, so go back six days first.
  monday: (day) => `date(${day}, '-6 days', 'weekday 1')`,
  int: (condition) => `(${condition})`,
  always: '1',
};

const POSTGRES: NaiveSql = {
  msBetween: (from, to) => `round(extract(epoch from (${to})::timestamptz - (${from})::timestamptz) * 1000)`,
  // To timestamp (no time zone) first, so the session's TimeZone cannot shift the day.
  monday: (day) => `to_char(date_trunc('week', (${day})::timestamp), 'YYYY-MM-DD')`,
  int: (condition) => `(case when ${condition} then 1 else 0 end)`,
  always: 'true',
};

/** `histogram_k` = 1 when `ms` falls in bucket k of `edges` ([edge k-1, edge k), metrics.ts bucketIndex). */
function oneHot(e: NaiveSql, ms: string, edges: readonly number[], unitMs: number, k: number): string {
  const low = k === 0 ? undefined : (edges[k - 1] as number) * unitMs;
  const high = k === edges.length ? undefined : (edges[k] as number) * unitMs;
  return [low === undefined ? e.always : `${ms} >= ${low}`, high === undefined ? e.always : `${ms} < ${high}`].join(
    ' and ',
  );
}

const DIMENSIONS = 'r.source_id, r.jurisdiction, r.agency_id, r.platform_id, r.channel, r.basis_set_id';

/**
 * One row per live item with every measure column of agg_items. Written so SQLite can flatten it
 * and push the filters down (no window functions): the naive scan reads only the matching rows.
 */
function itemRowsSql(e: NaiveSql, day: string): string {
  const decided = `i.outcome <> 'pending' and i.decided_at is not null`;
  const ttd = (k: number) =>
    `coalesce(${e.int(`${decided} and ${oneHot(e, e.msBetween('r.submitted_at', 'i.decided_at'), DECISION_HOUR_EDGES, 3_600_000, k)}`)}, 0)`;
  const actioned = `i.outcome in (${list(ACTIONED_OUTCOMES)})`;
  const appeals = (what: string) => `(select ${what} from appeals a where a.item_id = i.id)`;
  const decidedAppeal = `a.outcome in (${list(DECIDED_APPEAL_OUTCOMES)}) and a.filed_at is not null and a.decided_at is not null`;
  const tta = (k: number) =>
    appeals(
      `count(*) filter (where ${decidedAppeal} and ${oneHot(e, e.msBetween('a.filed_at', 'a.decided_at'), APPEAL_DAY_EDGES, 86_400_000, k)})`,
    );
  return `select ${day} as day, ${DIMENSIONS}, i.content_type, i.author_kind,
      ${e.int('i.id = (select min(x.id) from items x where x.request_id = r.id)')} as first_of_request,
      1 as items,
      ${OUTCOMES.map((o) => `${e.int(`i.outcome = '${o}'`)} as n_${o}`).join(', ')},
      ${Array.from({ length: DECISION_BUCKETS }, (_, k) => `${ttd(k)} as ttd_${k}`).join(', ')},
      ${e.int(`${actioned} and ${appeals('count(*)')} > 0`)} as items_appealed,
      ${e.int(`${actioned} and ${appeals(`count(*) filter (where a.outcome in (${list(DECIDED_APPEAL_OUTCOMES)}))`)} > 0`)} as items_appeal_decided,
      ${e.int(`${actioned} and ${appeals(`count(*) filter (where a.outcome in (${list(REVERSAL_OUTCOMES)}))`)} > 0`)} as items_reversed,
      ${appeals('count(*)')} as appeals,
      ${APPEAL_OUTCOMES.map((o) => `${appeals(`count(*) filter (where a.outcome = '${o}')`)} as appeals_${o}`).join(', ')},
      ${Array.from({ length: APPEAL_BUCKETS }, (_, k) => `${tta(k)} as tta_${k}`).join(', ')}
    from requests r join items i on i.request_id = r.id
    where r.retracted_at is null`;
}

/** One row per live request: its dimensions, profile set and `requests` = 1. */
function requestRowsSql(day: string): string {
  return `select ${day} as day, ${DIMENSIONS}, r.profile_set_id, 1 as requests from requests r where r.retracted_at is null`;
}

/**
 * Creates the views on the connection of `db`: give it one connection (SQLite's Kysely has only
 * one; on PostgreSQL a reserved `db.connection()`), as TEMP views are private to it.
 */
// biome-ignore lint/suspicious/noExplicitAny: the views shadow tables of any schema type.
export async function createNaiveViews(db: Kysely<any>): Promise<void> {
  const e = dialectOf(db).engine === 'postgres' ? POSTGRES : SQLITE;
  const day = 'substr(r.submitted_at, 1, 10)';
  const week = e.monday(day);
  const month = "substr(r.submitted_at, 1, 7) || '-01'";
  const lite = (d: string) => `select *, first_of_request as requests from (${itemRowsSql(e, d)}) as t`;
  const views: [string, string][] = [
    ['agg_items', itemRowsSql(e, day)],
    ['agg_items_monthly', itemRowsSql(e, month)],
    ['agg_requests', requestRowsSql(day)],
    ['agg_requests_monthly', requestRowsSql(month)],
    ['agg_daily', lite(day)],
    ['agg_weekly', lite(week)],
    ['agg_monthly', lite(month)],
  ];
  for (const [name, query] of views) await sql.raw(`create temp view ${name} as ${query}`).execute(db);
}
