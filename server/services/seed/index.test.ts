import { expect, test } from 'vitest';
import { contents } from '../../test/contents.ts';
import { countRows, perTestDatabases } from '../../test/db.ts';
import { EVENTS } from './events.ts';
import { DEMO_SOURCE, seedDemoData } from './index.ts';

const fresh = perTestDatabases();

test('seeding is deterministic end to end, and seeding again changes nothing', async () => {
  const a = await fresh();
  const first = await seedDemoData(a.db, { items: 5000, seed: 5 });
  expect(first.items).toBe(5000);
  expect(first.created).toBe(first.requests);
  const afterFirst = await contents(a.db);

  const again = await seedDemoData(a.db, { items: 5000, seed: 5 });
  expect(again).toMatchObject({ requests: first.requests, items: 5000, created: 0, unchanged: first.requests });
  expect(await contents(a.db)).toEqual(afterFirst);

  const b = await fresh();
  await seedDemoData(b.db, { items: 5000, seed: 5 });
  expect(await contents(b.db)).toEqual(afterFirst);
});

test('a seed cut short after some batches leaves no records, so the next start seeds again', async () => {
  const t = await fresh();
  const cut = new Error('interrupted');
  const progress: number[] = [];
  const seeding = seedDemoData(t.db, {
    items: 5000,
    seed: 2,
    onProgress: (items) => {
      progress.push(items);
      // Two batches of 1000 requests written, then the process is told to stop.
      if (progress.length === 2) throw cut;
    },
  });
  await expect(seeding).rejects.toBe(cut);
  for (const table of ['requests', 'items', 'agg_items', 'agg_requests', 'audit_log'] as const) {
    expect(await countRows(t.db, table)).toBe(0);
  }
  // The reviewed catalogue and events came first, in their own transaction, and stay.
  expect(await countRows(t.db, 'events')).toBe(EVENTS.length);
});

test('labels the data as synthetic, with a reviewed catalogue and the timeline events', async () => {
  const t = await fresh();
  const progress: number[] = [];
  await seedDemoData(t.db, { items: 2500, seed: 1, onProgress: (n) => progress.push(n) });
  expect(progress.at(-1)).toBe(2500);

  const source = await t.db.selectFrom('sources').selectAll().where('name', '=', DEMO_SOURCE).executeTakeFirstOrThrow();
  expect(source.kind).toBe('synthetic');
  expect(source.notes).toMatch(/synthetic/i);
  expect(source.notes).toMatch(/illustrative/i);

  const cited = await t.db
    .selectFrom('request_legal_bases')
    .innerJoin('legal_bases', 'legal_bases.id', 'request_legal_bases.legal_basis_id')
    .select(['legal_bases.status', 'legal_bases.title', 'legal_bases.category'])
    .distinct()
    .execute();
  expect(cited.length).toBeGreaterThan(5);
  for (const basis of cited) {
    expect(basis.status).toBe('reviewed');
    expect(basis.title).toBeTruthy();
    expect(basis.category).not.toBe('unspecified');
  }
  const art174 = await t.db
    .selectFrom('legal_bases')
    .select(['title', 'category'])
    .where('jurisdiction', '=', 'KZ')
    .where('article', '=', '174')
    .executeTakeFirstOrThrow();
  expect(art174.category).toBe('hate_discord');

  const ministry = await t.db
    .selectFrom('agencies')
    .selectAll()
    .where('name', '=', 'Ministry of Information and Social Development')
    .executeTakeFirstOrThrow();
  expect(ministry).toMatchObject({ jurisdiction: 'KZ', kind: 'ministry' });
  expect(ministry.local_name).toBeTruthy();

  const events = await t.db.selectFrom('events').select(['date', 'title', 'source_id']).execute();
  expect(events).toHaveLength(EVENTS.length);
  expect(events.every((e) => e.source_id === source.id)).toBe(true);
  expect(events.some((e) => e.date.startsWith('2021-11') && /Content Reporting System/.test(e.title))).toBe(true);
});
