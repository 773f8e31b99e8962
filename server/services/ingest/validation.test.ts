import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RetractInput } from '../../../shared/ingest.ts';
import { SubmitInput } from '../../../shared/interchange.ts';
import { type Problem, problemsFromZod } from '../../../shared/problems.ts';
import { buildApp } from '../../app.ts';
import { countRows, createTestDb, type TestDb } from '../../test/db.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import { createToken } from '../tokens.ts';

/** Problems zod reports for a one-record batch whose record is `mutate(example)`. */
function problemsFor(mutate: (r: Record<string, any>) => void): Problem[] {
  const record = structuredClone(exampleRequest()) as Record<string, any>;
  mutate(record);
  const parsed = SubmitInput.safeParse({ requests: [exampleRequest({ externalId: 'ok' }), record] });
  return parsed.success ? [] : problemsFromZod(parsed.error, 'requests');
}

const cases: [string, (r: Record<string, any>) => void, string, RegExp][] = [
  ['missing externalId', (r) => delete r.externalId, 'externalId', /expected string/i],
  ['empty externalId', (r) => (r.externalId = ''), 'externalId', /empty/],
  ['control characters in externalId', (r) => (r.externalId = 'a\nb'), 'externalId', /U\+000A \(LF\) at position 2/],
  ['NUL in statedReason', (r) => (r.statedReason = 'a\u0000b'), 'statedReason', /U\+0000 \(NUL\) at position 2/],
  ['tab in an agency name', (r) => (r.agency.name = 'Min\tistry'), 'agency.name', /U\+0009 \(TAB\)/],
  ['bidi isolate in a title', (r) => (r.legalBases[0].title = 'x\u2067y'), 'legalBases[0].title', /U\+2067/],
  ['RLM in an instrument', (r) => (r.legalBases[0].instrument = 'Code\u200f'), 'legalBases[0].instrument', /U\+200F/],
  ['BOM inside a localName', (r) => (r.agency.localName = 'a\ufeffb'), 'agency.localName', /U\+FEFF/],
  ['C1 control in an article', (r) => (r.legalBases[0].article = '17\u00854'), 'legalBases[0].article', /U\+0085/],
  ['override in a contentUrl', (r) => (r.items[0].contentUrl = 'https://a.b/\u202e'), 'items[0].contentUrl', /U\+202E/],
  [
    'zero width space in an appeal externalId',
    (r) => (r.items[0].appeals[0].externalId = 'a\u200b1'),
    'items[0].appeals[0].externalId',
    /U\+200B \(ZERO WIDTH SPACE\)/,
  ],
  ['jurisdiction not ISO 3166-1', (r) => (r.jurisdiction = 'UK'), 'jurisdiction', /ISO 3166-1/],
  ['missing agency name', (r) => delete r.agency.name, 'agency.name', /expected string/i],
  ['unknown agency kind', (r) => (r.agency.kind = 'army'), 'agency.kind', /ministry/],
  ['platform not a slug', (r) => (r.platform = 'Face Book'), 'platform', /slug/],
  ['unknown channel', (r) => (r.channel = 'fax'), 'channel', /direct_portal/],
  ['submittedAt not a date', (r) => (r.submittedAt = 'yesterday'), 'submittedAt', /ISO 8601/],
  ['impossible calendar day', (r) => (r.submittedAt = '2022-02-30'), 'submittedAt', /ISO 8601/],
  ['date-time without zone', (r) => (r.submittedAt = '2022-03-14T09:15:00'), 'submittedAt', /ISO 8601/],
  ['date in the future', (r) => (r.submittedAt = '2999-01-01T00:00:00Z'), 'submittedAt', /future/],
  ['date before 1990', (r) => (r.submittedAt = '1989-12-31'), 'submittedAt', /before 1990/],
  ['unknown field', (r) => (r.colour = 'red'), '', /colour/],
  ['no items', (r) => (r.items = []), 'items', /at least one item/],
  ['legal basis without article', (r) => delete r.legalBases[0].article, 'legalBases[0].article', /expected string/i],
  ['unknown legal category', (r) => (r.legalBases[0].category = 'rude'), 'legalBases[0].category', /hate_discord/],
  ['statedReason too long', (r) => (r.statedReason = 'x'.repeat(4001)), 'statedReason', /4000/],
  ['unknown item outcome', (r) => (r.items[0].outcome = 'vaporised'), 'items[0].outcome', /removed_global/],
  ['unknown content type', (r) => (r.items[0].contentType = 'meme'), 'items[0].contentType', /post/],
  ['unknown author kind', (r) => (r.items[0].authorKind = 'bot'), 'items[0].authorKind', /journalist/],
  ['contentUrl not http(s)', (r) => (r.items[0].contentUrl = 'javascript:alert(1)'), 'items[0].contentUrl', /http/],
  ['automated not boolean', (r) => (r.items[0].automated = 'no'), 'items[0].automated', /boolean/],
  [
    'decidedAt before submittedAt',
    (r) => (r.items[0].decidedAt = '2022-03-01T00:00:00Z'),
    'items[0].decidedAt',
    /precede submittedAt/,
  ],
  [
    'pending item with decidedAt',
    (r) => {
      r.items[0].outcome = 'pending';
      r.items[0].appeals = [];
    },
    'items[0].decidedAt',
    /pending item/,
  ],
  [
    'appeal on a pending item',
    (r) => {
      r.items[0].outcome = 'pending';
      delete r.items[0].decidedAt;
    },
    'items[0].appeals',
    /cannot be appealed/,
  ],
  [
    'appeal filed before the decision',
    (r) => (r.items[0].appeals[0].filedAt = '2022-03-15T00:00:00Z'),
    'items[0].appeals[0].filedAt',
    /precede the item's decidedAt/,
  ],
  [
    'appeal decided before it was filed',
    (r) => (r.items[0].appeals[0].decidedAt = '2022-03-16T12:00:00Z'),
    'items[0].appeals[0].decidedAt',
    /precede filedAt/,
  ],
  [
    'pending appeal with decidedAt',
    (r) => (r.items[0].appeals[0].outcome = 'pending'),
    'items[0].appeals[0].decidedAt',
    /pending appeal/,
  ],
  ['unknown appeal venue', (r) => (r.items[0].appeals[0].venue = 'pub'), 'items[0].appeals[0].venue', /court/],
  [
    'duplicate item externalId',
    (r) => r.items.push({ ...r.items[0], appeals: [] }),
    'items[1].externalId',
    /duplicate externalId/,
  ],
  [
    'duplicate appeal externalId',
    (r) => r.items[0].appeals.push({ ...r.items[0].appeals[0] }),
    'items[0].appeals[1].externalId',
    /duplicate externalId/,
  ],
];

describe('interchange validation: each rule reports its record and field path', () => {
  test.each(cases)('%s', (_name, mutate, path, message) => {
    const problems = problemsFor(mutate);
    const match = problems.find((p) => p.path === path && message.test(p.message));
    expect(match, JSON.stringify(problems)).toBeDefined();
    expect(match?.index).toBe(1);
  });

  test('the unmodified example is valid and normalised to UTC instants', () => {
    const parsed = SubmitInput.parse({ requests: [exampleRequest({ submittedAt: '2022-03-14T14:15:00+05:00' })] });
    expect(parsed.requests[0]?.submittedAt).toBe('2022-03-14T09:15:00.000Z');
    expect(parsed.requests[0]?.items[0]?.appeals[0]?.decidedAt).toBe('2022-04-02T10:00:00.000Z');
  });

  test('a batch holds 1 to 1000 requests', () => {
    expect(SubmitInput.safeParse({ requests: [] }).success).toBe(false);
    const many = Array.from({ length: 1001 }, (_, i) => exampleRequest({ externalId: `r${i}` }));
    const result = SubmitInput.safeParse({ requests: many });
    expect(result.success).toBe(false);
    expect(result.error && problemsFromZod(result.error, 'requests')[0]?.message).toMatch(/at most 1000/);
  });

  test('every problem of a batch is reported, not just the first', () => {
    const bad = structuredClone(exampleRequest()) as Record<string, any>;
    bad.jurisdiction = 'XX';
    bad.items[0].outcome = 'vaporised';
    const parsed = SubmitInput.safeParse({ requests: [bad, { ...exampleRequest(), platform: 'X!' }] });
    const problems = parsed.success ? [] : problemsFromZod(parsed.error, 'requests');
    expect(problems.map((p) => `${p.index}:${p.path}`).sort()).toEqual([
      '0:items[0].outcome',
      '0:jurisdiction',
      '1:platform',
    ]);
  });
});

describe('hidden characters in free text, through requests.submit on a fresh database', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let token: string;
  beforeAll(async () => {
    t = await createTestDb();
    app = await buildApp({ db: t.db, clientDir: resolve(t.dir, 'no-client') });
    token = (await createToken(t.db, { sourceName: 'monitor-a' })).token;
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const submit = async (statedReason: string) => {
    const requests = [exampleRequest({ externalId: 'ok' }), exampleRequest({ externalId: 'bad', statedReason })];
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/requests.submit',
      headers: { authorization: `Bearer ${token}` },
      payload: { requests },
    });
    return { status: response.statusCode, body: response.json() };
  };

  test.each([
    ['NUL', 'Incitement\u0000 of discord', 'the control character U+0000 (NUL) at position 11'],
    [
      'RIGHT-TO-LEFT OVERRIDE',
      'Reason: \u202Etxt.exe',
      'the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) at position 9',
    ],
  ])('a %s in statedReason is refused with record, path and character; nothing is written', async (_, reason, what) => {
    const { status, body } = await submit(reason);
    expect(status).toBe(400);
    expect(body.error.data.problems).toEqual([
      { index: 1, path: 'statedReason', message: `contains ${what}; remove it` },
    ]);
    expect(body.error.message).toMatch(/record 1, statedReason: contains .*Nothing was written\.$/);
    for (const table of ['requests', 'items'] as const) expect(await countRows(t.db, table)).toBe(0);
    expect(await countRows(t.db, 'audit_log'), 'only the token_create entry').toBe(1);
  });

  test('a multi-line reason in Cyrillic and Kazakh is stored as sent', async () => {
    const reason =
      'Распространение заведомо ложной информации.\nЖалған ақпарат тарату: әлеуметтік алауыздық.\r\n\t— ст. 274';
    const { status, body } = await submit(reason);
    expect(status, JSON.stringify(body)).toBe(200);
    const stored = await t.db.selectFrom('requests').select('stated_reason').where('external_id', '=', 'bad').execute();
    expect(stored).toEqual([{ stated_reason: reason }]);
  });
});

test('a retraction reason refuses hidden characters too', () => {
  const parsed = RetractInput.safeParse({ externalId: 'x', reason: 'duplicate\u202e' });
  expect(parsed.success ? [] : problemsFromZod(parsed.error)).toEqual([
    { path: 'reason', message: expect.stringContaining('U+202E (RIGHT-TO-LEFT OVERRIDE) at position 10') },
  ]);
});
