/** Provision review, events and sources: every write audited (before → after), bad input refused whole. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  EventCreateInput,
  EventUpdateInput,
  ReviewLegalBasisInput,
  SourceUpdateInput,
} from '../../../shared/catalogue-admin.ts';
import { adminActor, LAW, LAW_TYPO, legalBasisId, ruRequest } from '../../test/catalogue.ts';
import { countRows, createTestDb, type TestDb } from '../../test/db.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import { submitRequests } from '../ingest/index.ts';
import { listEvents, listLegalBases, listSources } from '../stats/catalog.ts';
import { createEvent, editEvent, removeEvent } from './events.ts';
import { mergeEntries } from './merge.ts';
import { reviewLegalBasis } from './review.ts';
import { editSource } from './sources.ts';
import { splitMerge } from './split.ts';

let t: TestDb;
const NOW = '2026-12-05T12:00:00.000Z';

beforeEach(async () => {
  t = await createTestDb();
  await submitRequests(
    t.db,
    parseBatch([ruRequest('r-1', '2024-01-10'), ruRequest('r-2', '2024-01-11', { legalBases: [LAW_TYPO] })]),
    cliActor,
  );
});
afterEach(async () => {
  await t.dispose();
});

async function auditEntries() {
  const rows = await t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('actor', '=', 'user:1:admin@example.org')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    action: r.action,
    entity: r.entity,
    key: r.entity_key,
    changes: JSON.parse(r.changes ?? 'null'),
  }));
}

/** The zod error of `schema` for `input`, as the path of its first issue. */
function refusedField(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
  input: unknown,
) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues[0]?.path.join('.');
}

describe('provision review', () => {
  test('confirms title, category and spelling, marks it reviewed, and audits before → after', async () => {
    const id = await legalBasisId(t.db, LAW.instrument, LAW.article);
    const input = ReviewLegalBasisInput.parse({
      id,
      instrument: 'Federal Law No. 149-FZ "On Information"',
      title: 'Blocking of unlawful information',
      category: 'misinformation',
    });
    await reviewLegalBasis(t.db, adminActor, input, NOW);
    const listed = (await listLegalBases(t.db, {})).find((b) => b.id === id);
    expect(listed).toMatchObject({ status: 'reviewed', category: 'misinformation', instrument: input.instrument });
    expect(await auditEntries()).toEqual([
      {
        action: 'review',
        entity: 'legal_basis',
        key: `legal_basis:${id}`,
        changes: {
          before: { instrument: LAW.instrument, title: null, category: 'unspecified', status: 'unreviewed' },
          after: { instrument: input.instrument, title: input.title, category: 'misinformation', status: 'reviewed' },
        },
      },
    ]);
    // The corrected spelling is what later submissions match.
    await submitRequests(
      t.db,
      parseBatch([ruRequest('r-3', '2024-01-12', { legalBases: [{ ...LAW, instrument: input.instrument }] })]),
      cliActor,
    );
    expect((await listLegalBases(t.db, {})).find((b) => b.id === id)).toMatchObject({ requests: 2 });
  });

  test('a spelling that names another entry is refused: merge instead; nothing written', async () => {
    const id = await legalBasisId(t.db, LAW.instrument, LAW.article);
    const input = { id, instrument: LAW_TYPO.instrument, title: 'x', category: 'other' } as const;
    await expect(reviewLegalBasis(t.db, adminActor, input, NOW)).rejects.toThrow(/instrument: .* merge the two/);
    await expect(reviewLegalBasis(t.db, adminActor, { ...input, id: 999 }, NOW)).rejects.toThrow(
      /id: no legal basis 999/,
    );
    const typo = await legalBasisId(t.db, LAW_TYPO.instrument, LAW_TYPO.article);
    await mergeEntries(t.db, adminActor, { entity: 'legal_basis', keepId: id, mergeId: typo }, NOW);
    await expect(reviewLegalBasis(t.db, adminActor, input, NOW)).rejects.toThrow(/merged into this one/);
    expect(refusedField(ReviewLegalBasisInput, { ...input, category: 'gossip' })).toBe('category');
    expect(refusedField(ReviewLegalBasisInput, { ...input, title: 'x'.repeat(301) })).toBe('title');
    expect(refusedField(ReviewLegalBasisInput, { ...input, instrument: '  ' })).toBe('instrument');
    expect((await auditEntries()).map((e) => e.action)).toEqual(['merge']);
  });
});

describe('events', () => {
  test('create, update and delete, each audited with before → after', async () => {
    const fields = {
      date: '2024-01-01',
      jurisdiction: 'RU',
      title: 'Law adopted',
      url: 'https://example.org/law',
      source: null,
    };
    const { id } = await createEvent(t.db, adminActor, EventCreateInput.parse(fields), NOW);
    await editEvent(t.db, adminActor, EventUpdateInput.parse({ ...fields, id, title: 'Law in force', url: '' }), NOW);
    expect(await listEvents(t.db, {})).toEqual([
      { id, date: '2024-01-01', jurisdiction: 'RU', title: 'Law in force', url: null, source: null },
    ]);
    await removeEvent(t.db, adminActor, id, NOW);
    expect(await listEvents(t.db, {})).toEqual([]);
    const row = {
      date: '2024-01-01',
      jurisdiction: 'RU',
      title: 'Law adopted',
      url: 'https://example.org/law',
      source_id: null,
    };
    const edited = { ...row, title: 'Law in force', url: null };
    expect(await auditEntries()).toEqual([
      { action: 'create', entity: 'event', key: `event:${id}`, changes: { before: null, after: row } },
      { action: 'update', entity: 'event', key: `event:${id}`, changes: { before: row, after: edited } },
      { action: 'delete', entity: 'event', key: `event:${id}`, changes: { before: edited, after: null } },
    ]);
  });

  test('bad input names the field and writes nothing', async () => {
    const fields = { date: '2024-01-01', jurisdiction: null, title: 'Election', url: null, source: null };
    expect(refusedField(EventCreateInput, { ...fields, url: 'javascript:alert(1)' })).toBe('url');
    expect(refusedField(EventCreateInput, { ...fields, date: '2024-13-01' })).toBe('date');
    expect(refusedField(EventCreateInput, { ...fields, jurisdiction: 'XX' })).toBe('jurisdiction');
    await expect(createEvent(t.db, adminActor, { ...fields, source: 'nobody' }, NOW)).rejects.toThrow(
      /source: no source "nobody"/,
    );
    await createEvent(t.db, adminActor, fields, NOW);
    await expect(createEvent(t.db, adminActor, fields, NOW)).rejects.toThrow(
      /title: an event "Election" on 2024-01-01 exists/,
    );
    await expect(removeEvent(t.db, adminActor, 999, NOW)).rejects.toThrow(/id: no event 999/);
    expect((await auditEntries()).map((e) => e.action)).toEqual(['create']);
  });
});

describe('sources', () => {
  test('kind, licence, URL and notes change, audited; bad URLs refused', async () => {
    const input = SourceUpdateInput.parse({
      name: 'monitor-a',
      kind: 'media_report',
      url: 'https://monitor.example.org',
      license: 'CC BY 4.0',
      notes: 'Compiled from court records',
    });
    await editSource(t.db, adminActor, input, NOW);
    expect((await listSources(t.db)).find((s) => s.name === 'monitor-a')).toMatchObject({
      kind: 'media_report',
      license: 'CC BY 4.0',
      url: 'https://monitor.example.org',
    });
    expect(await auditEntries()).toEqual([
      {
        action: 'update',
        entity: 'source',
        key: 'source:monitor-a',
        changes: {
          before: { kind: 'monitor_entry', url: null, license: null, notes: null },
          after: { kind: 'media_report', url: input.url, license: 'CC BY 4.0', notes: 'Compiled from court records' },
        },
      },
    ]);
    expect(refusedField(SourceUpdateInput, { ...input, url: 'ftp://example.org' })).toBe('url');
    expect(refusedField(SourceUpdateInput, { ...input, notes: 'x'.repeat(2001) })).toBe('notes');
    await expect(editSource(t.db, adminActor, { ...input, name: 'nobody' }, NOW)).rejects.toThrow(/name: no source/);
  });
});

test('merges and splits are audited with before → after', async () => {
  const keep = await legalBasisId(t.db, LAW.instrument, LAW.article);
  const gone = await legalBasisId(t.db, LAW_TYPO.instrument, LAW_TYPO.article);
  const { mergeId } = await mergeEntries(t.db, adminActor, { entity: 'legal_basis', keepId: keep, mergeId: gone }, NOW);
  await splitMerge(t.db, adminActor, { mergeId }, NOW);
  const label = `RU ${LAW_TYPO.instrument} art. 15.3`;
  const keptLabel = `RU ${LAW.instrument} art. 15.3`;
  expect(await auditEntries()).toEqual([
    {
      action: 'merge',
      entity: 'legal_basis',
      key: `legal_basis:${gone}`,
      changes: {
        before: { mergedInto: null, label },
        after: { mergedInto: keep, keptLabel, requestsMoved: 1, merge: mergeId },
      },
    },
    {
      action: 'split',
      entity: 'legal_basis',
      key: `legal_basis:${gone}`,
      changes: {
        before: { mergedInto: keep, keptLabel, merge: mergeId },
        after: { mergedInto: null, label, requestsMoved: 1, splitOf: mergeId },
      },
    },
  ]);
  expect(await countRows(t.db, 'requests')).toBe(2);
});
