/**
 * The dashboard's entry form writes exactly what an API client writes: a request built from form
 * state (shared/entry-form.ts) and submitted by a signed-in submitter, and the same record sent
 * with the source's token, each into its own fresh database, leave identical stored records,
 * export lines, aggregates and audited changes.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgencyHit, LegalBasisHit } from '../shared/catalog-search.ts';
import { checkEntry, type EntryForm, emptyEntryForm, entryToRequest } from '../shared/entry-form.ts';
import type { RequestWire } from '../shared/interchange.ts';
import type { ItemDetailView, ItemHistory } from '../shared/item-detail.ts';
import { AGGREGATE_TABLE_LIST } from './db/cube/tables.ts';
import { exportRecords } from './services/files/export.ts';
import { submitRequests } from './services/ingest/index.ts';
import { OPERATOR_VIEWER } from './services/redaction/projection.ts';
import { createToken } from './services/tokens.ts';
import { aggregateSnapshot } from './test/aggregates.ts';
import { addUser, authApp, call, sessionOf } from './test/auth.ts';
import { createTestDb, type TestDb } from './test/db.ts';
import { exampleRequest } from './test/fixtures.ts';
import { parseBatch } from './test/ingest.ts';

interface World {
  t: TestDb;
  app: FastifyInstance;
  session: string;
  token: string;
}

/** A database with one earlier request (so the catalogue has an agency and a provision to pick), a submitter and a token. */
async function world(): Promise<World> {
  const t = await createTestDb();
  await submitRequests(t.db, parseBatch([exampleRequest()]), {
    kind: 'cli',
    name: 'cli:test',
    defaultSource: 'monitor-x',
    createMissingSources: { kind: 'monitor_entry' },
  });
  const { app } = await authApp(t);
  await addUser(t, 'sub@example.org', 'submitter', ['monitor-x']);
  const session = await sessionOf(app, 'sub@example.org');
  const token = (await createToken(t.db, { sourceName: 'monitor-x' })).token;
  return { t, app, session, token };
}

let viaForm: World;
let viaApi: World;
beforeAll(async () => {
  viaForm = await world();
  viaApi = await world();
}, 60_000);
afterAll(async () => {
  for (const w of [viaForm, viaApi]) {
    await w?.app.close();
    await w?.t.dispose();
  }
});

const query = async <T>(w: World, path: string, input: unknown): Promise<T> => {
  const answer = await call(w.app, path, 'query', { input, session: w.session });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.result.data as T;
};

/** What a submitter types, with the agency and one provision picked from the catalogue search. */
async function typedForm(w: World): Promise<EntryForm> {
  const [agency] = await query<AgencyHit[]>(w, 'catalog.searchAgencies', { jurisdiction: 'KZ', q: 'informat' });
  const [basis] = await query<LegalBasisHit[]>(w, 'catalog.searchLegalBases', {
    jurisdiction: 'KZ',
    q: 'criminal 174',
  });
  if (!agency || !basis) throw new Error('the catalogue search found nothing');
  return {
    ...emptyEntryForm('monitor-x', 'Asia/Almaty'),
    externalId: 'kz-form-1',
    jurisdiction: 'KZ',
    agency: {
      catalogueId: agency.id,
      added: false,
      name: agency.name,
      localName: agency.localName ?? '',
      kind: 'ministry',
    },
    platform: 'facebook',
    channel: 'official_letter',
    submitted: { date: '2024-05-02', time: '10:15' },
    statedReason: 'Spreading false information',
    legalBases: [
      { ...basis, catalogueId: basis.id, part: basis.part ?? '', title: basis.title ?? '', category: '' },
      {
        catalogueId: null,
        jurisdiction: 'KZ',
        instrument: 'Law on Mass Media',
        article: '2',
        part: '',
        title: 'False information',
        category: 'misinformation',
      },
    ],
    items: [
      {
        externalId: 'p-1',
        contentType: 'post',
        contentUrl: 'https://facebook.example/p/1',
        authorKind: 'journalist',
        outcome: 'restricted_local',
        decided: { date: '2024-05-03', time: '09:00' },
      },
      {
        externalId: 'p-2',
        contentType: 'video',
        contentUrl: '',
        authorKind: 'unknown',
        outcome: 'pending',
        decided: { date: '', time: '' },
      },
    ],
  };
}

async function exported(w: World): Promise<string[]> {
  let text = '';
  const out = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  await exportRecords(w.t.db, 'jsonl', {}, out, { viewer: OPERATOR_VIEWER });
  return text.trim().split('\n');
}

/** Every stored row of the record tables, without write times. */
async function stored(w: World) {
  const strip = <T extends object>(rows: T[]) =>
    rows.map(({ created_at, updated_at, ...rest }: T & { created_at?: unknown; updated_at?: unknown }) => rest);
  const db = w.t.db;
  return {
    requests: strip(await db.selectFrom('requests').selectAll().orderBy('id').execute()),
    items: strip(await db.selectFrom('items').selectAll().orderBy('id').execute()),
    bases: strip(await db.selectFrom('legal_bases').selectAll().orderBy('id').execute()),
    agencies: strip(await db.selectFrom('agencies').selectAll().orderBy('id').execute()),
    links: await db.selectFrom('request_legal_bases').selectAll().orderBy('request_id').orderBy('position').execute(),
  };
}

const recordWrites = (w: World) =>
  w.t.db
    .selectFrom('audit_log')
    .select(['action', 'entity', 'entity_key', 'changes'])
    .where('entity', 'in', ['request', 'item', 'appeal'])
    .orderBy('id')
    .execute();

describe('a request entered in the form and the same record sent with a token', () => {
  let request: RequestWire;

  test('the form state maps to a valid request', async () => {
    const form = await typedForm(viaForm);
    const checked = checkEntry(form);
    expect(checked.problems).toEqual([]);
    request = checked.request;
    expect(request.submittedAt).toBe('2024-05-02T05:15:00.000Z');
    expect(request.legalBases?.[0]).toMatchObject({
      instrument: 'Criminal Code of the Republic of Kazakhstan',
      article: '174',
      part: '1',
    });
    // Both databases offer the same catalogue entries to pick.
    expect(entryToRequest(await typedForm(viaApi))).toEqual(request);
  });

  test('are stored, exported, aggregated and audited identically', async () => {
    const byForm = await call(viaForm.app, 'requests.submit', 'mutation', {
      session: viaForm.session,
      input: { requests: [request] },
    });
    // The API client's record is written by hand, as a script would: no form state involved.
    const apiRecord: RequestWire = {
      externalId: 'kz-form-1',
      source: 'monitor-x',
      jurisdiction: 'KZ',
      agency: { name: 'Ministry of Information and Social Development', kind: 'ministry' },
      platform: 'facebook',
      channel: 'official_letter',
      submittedAt: '2024-05-02T10:15:00+05:00',
      legalBases: [
        { jurisdiction: 'KZ', instrument: 'Criminal Code of the Republic of Kazakhstan', article: '174', part: '1' },
        {
          jurisdiction: 'KZ',
          instrument: 'Law on Mass Media',
          article: '2',
          title: 'False information',
          category: 'misinformation',
        },
      ],
      statedReason: 'Spreading false information',
      items: [
        {
          externalId: 'p-1',
          contentType: 'post',
          contentUrl: 'https://facebook.example/p/1',
          authorKind: 'journalist',
          outcome: 'restricted_local',
          decidedAt: '2024-05-03T04:00:00Z',
        },
        { externalId: 'p-2', contentType: 'video', authorKind: 'unknown' },
      ],
    };
    const byApi = await call(viaApi.app, 'requests.submit', 'mutation', {
      token: viaApi.token,
      input: { requests: [apiRecord] },
    });
    expect(byForm.body).toEqual(byApi.body);
    expect(byForm.body.result.data).toMatchObject({ created: 1, items: 2 });

    expect(await stored(viaForm)).toEqual(await stored(viaApi));
    expect(await exported(viaForm)).toEqual(await exported(viaApi));
    expect(await aggregateSnapshot(viaForm.t.db)).toEqual(await aggregateSnapshot(viaApi.t.db));
    expect(Object.keys(await aggregateSnapshot(viaForm.t.db))).toHaveLength(AGGREGATE_TABLE_LIST.length);
    expect(await recordWrites(viaForm)).toEqual(await recordWrites(viaApi));
    // The picked provision was itself first seen in a submission; the new one lands unreviewed too.
    const bases = (await stored(viaForm)).bases.map((b) => [b.instrument, b.status]);
    expect(bases).toEqual([
      ['Criminal Code of the Republic of Kazakhstan', 'unreviewed'],
      ['Law on Mass Media', 'unreviewed'],
    ]);
  });

  test('the same submission again changes nothing (idempotent on source and externalId)', async () => {
    const again = await call(viaForm.app, 'requests.submit', 'mutation', {
      session: viaForm.session,
      input: { requests: [request] },
    });
    expect(again.body.result.data).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });
});

describe('problems', () => {
  test('the form finds the problems the API reports, at the same paths', async () => {
    const form = await typedForm(viaForm);
    form.externalId = 'kz-form-bad';
    const first = form.items[0];
    if (first) first.contentUrl = 'facebook.example/p/1';
    const second = form.items[1];
    if (second) second.externalId = 'p-1';
    const local = checkEntry(form).problems;
    const answer = await call(viaForm.app, 'requests.submit', 'mutation', {
      session: viaForm.session,
      input: { requests: [entryToRequest(form)] },
    });
    expect(answer.status).toBe(400);
    const remote = answer.body.error.data.problems as { index: number; path: string; message: string }[];
    expect(remote.map(({ index, ...p }) => ({ ...p, index }))).toEqual(local.map((p) => ({ ...p, index: 0 })));
    expect(local.map((p) => p.path)).toEqual(['items[0].contentUrl', 'items[1].externalId']);
  });
});

describe('what happened next, from the item detail', () => {
  test('an outcome corrected and an appeal recorded show in the item and its history; the public sees no history', async () => {
    const w = viaForm;
    const item = await w.t.db
      .selectFrom('items')
      .select('id')
      .where('external_id', '=', 'p-2')
      .executeTakeFirstOrThrow();
    const keys = { source: 'monitor-x', requestExternalId: 'kz-form-1', itemExternalId: 'p-2' };
    const outcome = await call(w.app, 'items.recordOutcome', 'mutation', {
      session: w.session,
      input: { ...keys, outcome: 'removed_global', decidedAt: '2024-05-04T08:00:00Z' },
    });
    expect(outcome.status).toBe(200);
    const appeal = await call(w.app, 'appeals.record', 'mutation', {
      session: w.session,
      input: { ...keys, appeal: { externalId: 'ap-1', appellant: 'content_author', filedAt: '2024-05-05T08:00:00Z' } },
    });
    expect(appeal.status).toBe(200);

    const detail = await query<ItemDetailView>(w, 'items.get', { id: item.id });
    expect(detail).toMatchObject({ outcome: 'removed_global', retraction: null, appeals: [{ externalId: 'ap-1' }] });
    const history = await query<ItemHistory>(w, 'items.history', keys);
    expect(history.entries.map((e) => [e.action, e.entity, e.entityKey])).toEqual([
      ['create', 'request', 'monitor-x/kz-form-1'],
      ['update', 'item', 'monitor-x/kz-form-1/p-2'],
      ['create', 'appeal', 'monitor-x/kz-form-1/p-2/ap-1'],
    ]);
    expect(history.entries[1]?.changes).toContainEqual({
      field: 'outcome',
      kind: 'changed',
      before: 'pending',
      after: 'removed_global',
    });
    const anonymous = await call(w.app, 'items.history', 'query', { input: keys });
    expect(anonymous.status).toBe(401);
  });

  test('a retracted request leaves the public item view but stays, with its reason, for its submitter', async () => {
    const w = viaForm;
    const retract = await call(w.app, 'requests.retract', 'mutation', {
      session: w.session,
      input: { source: 'monitor-x', externalId: 'kz-form-1', reason: 'entered twice' },
    });
    expect(retract.status).toBe(200);
    const item = await w.t.db
      .selectFrom('items')
      .select('id')
      .where('external_id', '=', 'p-1')
      .executeTakeFirstOrThrow();
    const own = await query<ItemDetailView>(w, 'items.get', { id: item.id });
    expect(own.retraction).toMatchObject({ reason: 'entered twice' });
    const anonymous = await call(w.app, 'items.get', 'query', { input: { id: item.id } });
    expect(anonymous.status).toBe(404);
    const history = await query<ItemHistory>(w, 'items.history', {
      ...{ source: 'monitor-x' },
      requestExternalId: 'kz-form-1',
      itemExternalId: 'p-1',
    });
    expect(history.entries.at(-1)).toMatchObject({ action: 'retract', entity: 'request' });
  });
});
