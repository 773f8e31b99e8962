/**
 * The authorisation matrix: every tRPC procedure and every HTTP route × every kind of caller,
 * through the real app with real sessions and tokens. A procedure or route without an entry here
 * fails the test, so access is decided on purpose for each new one. Deny is 401 for missing or
 * dead credentials and 403 for a caller whose role may not; allow is anything else below 500.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findUserByEmail } from './queries/users.ts';
import { appRouter } from './routers/app.ts';
import { authConfig } from './services/auth/config.ts';
import { startSession } from './services/auth/sessions.ts';
import { createToken, revokeToken } from './services/tokens.ts';
import { addUser, authApp, call, sessionOf } from './test/auth.ts';
import { createTestDb, type TestDb } from './test/db.ts';
import { exampleRequest } from './test/fixtures.ts';

const CALLERS = [
  'public',
  'revokedToken',
  'expiredToken',
  'expiredSession',
  'tokenOwn',
  'tokenOther',
  'submitterOwn',
  'submitterOther',
  'analyst',
  'admin',
] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'allow' | 401 | 403;

const everyone = Object.fromEntries(CALLERS.map((c) => [c, 'allow'])) as Record<Caller, Outcome>;
const dead = { public: 401, revokedToken: 401, expiredToken: 401, expiredSession: 401 } as const;
/** Record writes: a source's token or a submitter, each for its own source only. */
const WRITE: Record<Caller, Outcome> = {
  ...dead,
  tokenOwn: 'allow',
  tokenOther: 403,
  submitterOwn: 'allow',
  submitterOther: 403,
  analyst: 403,
  admin: 403,
};
/** Token management: admins for any source, submitters (logged in) for their own. */
const MANAGE: Record<Caller, Outcome> = { ...WRITE, tokenOwn: 403, admin: 'allow' };
/** The audit log names accounts and carries content URLs: admins only. */
const ADMIN: Record<Caller, Outcome> = { ...MANAGE, submitterOwn: 403, submitterOther: 403 };
/** Catalogue curation (provision review, events, sources): analysts and admins. */
const CURATE: Record<Caller, Outcome> = { ...ADMIN, analyst: 'allow' };

/** Staged uploads: record writers (their records) and admins (published reports), each their own. */
const UPLOAD: Record<Caller, Outcome> = { ...WRITE, admin: 'allow' };

/** Procedure → who may call it, and an input naming `source` (source-a is the callers' own). */
const MATRIX: Record<string, { who: Record<Caller, Outcome>; input?: (source: string, caller: Caller) => unknown }> = {
  'requests.submit': { who: WRITE, input: (source) => ({ requests: [exampleRequest({ source, externalId: 'm-1' })] }) },
  'requests.retract': { who: WRITE, input: (source) => ({ source, externalId: 'to-retract', reason: 'duplicate' }) },
  'items.recordOutcome': {
    who: WRITE,
    input: (source) => ({ source, requestExternalId: 'seeded', itemExternalId: SEEDED_ITEM, outcome: 'no_action' }),
  },
  'appeals.record': {
    who: WRITE,
    input: (source) => ({
      source,
      requestExternalId: 'seeded',
      itemExternalId: SEEDED_ITEM,
      appeal: { externalId: 'ap', outcome: 'pending' },
    }),
  },
  // One item by id: public like items.list (the first seeded item: ids start at 1 in a fresh database).
  'items.get': { who: everyone, input: () => ({ id: 1 }) },
  // An item's audited history: those who see its record as stored; tokens only write.
  'items.history': {
    who: { ...MANAGE, tokenOwn: 403, admin: 'allow', analyst: 'allow' },
    input: (source) => ({ source, requestExternalId: 'seeded', itemExternalId: SEEDED_ITEM }),
  },
  'tokens.create': { who: MANAGE, input: (source) => ({ source, label: 'matrix' }) },
  // No source in the input: a submitter lists its own sources' tokens.
  'tokens.list': { who: { ...MANAGE, submitterOther: 'allow' } },
  'tokens.revoke': { who: MANAGE, input: (source, caller) => ({ id: spareTokens.get(`${source}/${caller}`) }) },
  'audit.list': { who: ADMIN, input: () => ({ actor: 'cli:test', limit: 5 }) },
  'audit.history': { who: ADMIN, input: (source) => ({ entity: 'request', entityKey: `${source}/seeded` }) },
  'catalogAdmin.reviewLegalBasis': {
    who: CURATE,
    input: () => ({
      id: 1,
      instrument: 'Criminal Code of the Republic of Kazakhstan',
      title: 'Discord',
      category: 'hate_discord',
    }),
  },
  // Agency 2 is the duplicate seeded below; merge runs before split (router order), so merge 1 exists.
  'catalogAdmin.merge': { who: ADMIN, input: () => ({ entity: 'agency', keepId: 1, mergeId: 2 }) },
  'catalogAdmin.split': { who: ADMIN, input: () => ({ mergeId: 1 }) },
  'catalogAdmin.merges': { who: CURATE, input: () => ({}) },
  'catalogAdmin.createEvent': {
    who: CURATE,
    input: (_, caller) => ({
      date: '2022-01-05',
      jurisdiction: 'KZ',
      title: `Matrix ${caller}`,
      url: null,
      source: null,
    }),
  },
  // Events 1 and 2 are the analyst's and the admin's from createEvent (run first, router order).
  'catalogAdmin.updateEvent': {
    who: CURATE,
    input: (_, caller) => ({
      id: 1,
      date: '2022-01-06',
      jurisdiction: null,
      title: `Moved ${caller}`,
      url: null,
      source: null,
    }),
  },
  'catalogAdmin.deleteEvent': { who: CURATE, input: (_, caller) => ({ id: caller === 'admin' ? 2 : 1 }) },
  'catalogAdmin.updateSource': {
    who: CURATE,
    input: (source) => ({
      name: source,
      kind: 'monitor_entry',
      url: 'https://example.org',
      license: null,
      notes: null,
    }),
  },
  'auth.login': { who: everyone, input: () => ({ email: 'visitor@example.org', password: PASSWORD_OF_VISITOR }) },
  'auth.logout': { who: everyone },
  'auth.me': { who: everyone },
  // Staged uploads are their owner's: "Other" callers name an upload another submitter staged;
  // admins upload published reports.
  'uploads.status': { who: UPLOAD, input: (_, caller) => ({ uploadId: stagedFor('uploads.status', caller).uploadId }) },
  'uploads.problems': {
    who: UPLOAD,
    input: (_, caller) => ({ uploadId: stagedFor('uploads.problems', caller).uploadId }),
  },
  'uploads.commit': { who: UPLOAD, input: (_, caller) => stagedFor('uploads.commit', caller) },
  'uploads.discard': {
    who: UPLOAD,
    input: (_, caller) => ({ uploadId: stagedFor('uploads.discard', caller).uploadId }),
  },
};
// Everything else is a public read: aggregates, catalogues, redacted item lists. Each must answer
// 200 to every caller, with this input ({} unless named).
const PUBLIC_READS = /^(stats|catalog|meta|published)\.|^items\.list$/;
const READ_INPUTS: Record<string, unknown> = {
  'published.rows': { format: 'google-removals' },
  'stats.outcomeGrid': { rows: 'jurisdiction', columns: 'platform' },
};
const SEEDED_ITEM = 'kz-misd-2022-000123-1';

const ROUTES: Record<string, { url: string; who: Record<Caller, Outcome>; method?: 'POST'; payload?: string }> = {
  '/trpc/:path': { url: '/trpc/meta.info', who: everyone },
  '/health': { url: '/health', who: everyone },
  '/export/:file': { url: '/export/source-a.csv', who: everyone },
  // Staging names no source: whose records the file holds is checked in its preview.
  '/uploads': {
    url: '/uploads?name=matrix.jsonl',
    method: 'POST',
    payload: JSON.stringify(exampleRequest({ externalId: 'route-upload' })),
    who: { ...UPLOAD, tokenOther: 'allow', submitterOther: 'allow' },
  },
};

/** Uploads staged in beforeAll, by procedure and owner ('token', 'sub@…', 'other@…'). */
const staged = new Map<string, { uploadId: string; sha256: string }>();
function stagedFor(path: string, caller: Caller) {
  const owner =
    caller === 'tokenOwn' ? 'token' : caller === 'submitterOwn' ? 'sub' : caller === 'admin' ? 'adm' : 'other';
  const found = staged.get(`${path}/${owner}`);
  if (!found) throw new Error(`no upload staged for ${path}/${owner}`);
  return found;
}

/** A published report in Google's layout, for an admin's upload. */
const PUBLISHED_REPORT = [
  'Period Ending,Country/Region,CLDR Territory Code,Requestor,Number of Requests,Items Requested To Be Removed,% Removed-Legal,% Removed-Policy,% Content Not Found,% Not Enough Information ,% No Action Taken,% Content Already Removed',
  '2019-06-30,Kazakhstan,KZ,Government Officials,4,9,50,50,,,,',
].join('\n');
const PASSWORD_OF_VISITOR = 'correct horse battery staple';
/** A token per source and caller for tokens.revoke to revoke. */
const spareTokens = new Map<string, number>();
let t: TestDb;
let app: FastifyInstance;
const tokens: Record<string, string> = {};
const sessions: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  ({ app } = await authApp(t));
  await addUser(t, 'sub@example.org', 'submitter', ['source-a']);
  await addUser(t, 'other@example.org', 'submitter', ['source-b']);
  await addUser(t, 'ana@example.org', 'analyst');
  await addUser(t, 'adm@example.org', 'admin');
  await addUser(t, 'visitor@example.org', 'analyst');
  tokens.own = (await createToken(t.db, { sourceName: 'source-a' })).token;
  const revoked = await createToken(t.db, { sourceName: 'source-a' });
  await revokeToken(t.db, revoked.tokenId);
  tokens.revoked = revoked.token;
  tokens.expired = (await createToken(t.db, { sourceName: 'source-a', expiresAt: '2020-01-01T00:00:00.000Z' })).token;
  for (const source of ['source-a', 'source-b']) {
    for (const caller of CALLERS) {
      spareTokens.set(`${source}/${caller}`, (await createToken(t.db, { sourceName: source })).tokenId);
    }
  }
  const seeded = ['seeded', 'to-retract'].map((externalId) => exampleRequest({ externalId }));
  const seeding = await call(app, 'requests.submit', 'mutation', { token: tokens.own, input: { requests: seeded } });
  expect(seeding.status).toBe(200);
  const duplicate = exampleRequest({ externalId: 'dup-agency', agency: { name: 'MISD', kind: 'ministry' } });
  expect(
    (await call(app, 'requests.submit', 'mutation', { token: tokens.own, input: { requests: [duplicate] } })).status,
  ).toBe(200);
  sessions.submitter = await sessionOf(app, 'sub@example.org');
  sessions.analyst = await sessionOf(app, 'ana@example.org');
  sessions.admin = await sessionOf(app, 'adm@example.org');
  const uploaders: Record<string, Record<string, string>> = {
    token: { authorization: `Bearer ${tokens.own}` },
    sub: { cookie: `tm_session=${sessions.submitter}` },
    other: { cookie: `tm_session=${await sessionOf(app, 'other@example.org')}` },
    adm: { cookie: `tm_session=${sessions.admin}` },
  };
  for (const path of ['uploads.status', 'uploads.problems', 'uploads.commit', 'uploads.discard']) {
    for (const [owner, headers] of Object.entries(uploaders)) {
      const payload =
        owner === 'adm' ? PUBLISHED_REPORT : JSON.stringify(exampleRequest({ externalId: `upload-${staged.size}` }));
      const url = `/uploads?name=matrix.${owner === 'adm' ? 'csv' : 'jsonl'}`;
      const response = await app.inject({ method: 'POST', url, headers, payload });
      expect(response.statusCode).toBe(201);
      const { uploadId, sha256 } = response.json();
      staged.set(`${path}/${owner}`, { uploadId, sha256 });
    }
  }
  // Started 31 minutes ago and unused since: past the idle limit.
  const past = authConfig({ now: () => new Date(Date.now() - 31 * 60_000) });
  sessions.expired = (await startSession(t.db, past, (await findUserByEmail(t.db, 'ana@example.org'))?.id ?? 0)).secret;
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

const SESSION_EMAIL: Partial<Record<Caller, string>> = {
  submitterOwn: 'sub@example.org',
  submitterOther: 'sub@example.org',
  analyst: 'ana@example.org',
  admin: 'adm@example.org',
};

/** The caller's credentials; `fresh` logs in anew (auth.login and logout end the session they are sent). */
async function credentials(caller: Caller, fresh: boolean): Promise<{ token?: string; session?: string }> {
  const email = SESSION_EMAIL[caller];
  if (email) {
    const key = caller.startsWith('submitter') ? 'submitter' : caller;
    return { session: fresh ? await sessionOf(app, email) : sessions[key] };
  }
  if (caller === 'revokedToken') return { token: tokens.revoked };
  if (caller === 'expiredToken') return { token: tokens.expired };
  if (caller === 'expiredSession') return { session: sessions.expired };
  if (caller === 'tokenOwn' || caller === 'tokenOther') return { token: tokens.own };
  return {};
}

const sourceOf = (caller: Caller) => (caller.endsWith('Other') ? 'source-b' : 'source-a');

function outcomeOf(status: number): Outcome | string {
  if (status === 401 || status === 403) return status;
  return status === 500 ? `unexpected ${status}` : 'allow';
}

// At run time _def.procedures is flat, keyed by the dotted path (its static type nests routers).
type Flat = Record<string, { _def: { type: 'query' | 'mutation' } }>;
const procedures = Object.entries(appRouter._def.procedures as unknown as Flat).map(([path, procedure]) => ({
  path,
  type: procedure._def.type,
}));

function ruleOf(path: string) {
  const read = { who: everyone, input: () => READ_INPUTS[path] ?? {} };
  const rule = MATRIX[path] ?? (PUBLIC_READS.test(path) ? read : undefined);
  if (!rule) throw new Error(`${path} has no entry in the authorisation matrix: decide who may call it`);
  return rule;
}

describe('every procedure × every caller', () => {
  test('the matrix names every procedure, and only procedures that exist', () => {
    for (const { path } of procedures) expect(() => ruleOf(path)).not.toThrow();
    const paths = new Set(procedures.map((p) => p.path));
    expect(Object.keys(MATRIX).filter((path) => !paths.has(path))).toEqual([]);
  });

  test.each(procedures)('$path', async ({ path, type }) => {
    const rule = ruleOf(path);
    const fresh = path === 'auth.login' || path === 'auth.logout';
    const got: Record<string, Outcome | string> = {};
    const statuses = new Map<Caller, number>();
    for (const caller of CALLERS) {
      const input = rule.input?.(sourceOf(caller), caller);
      const { status } = await call(app, path, type, { input, ...(await credentials(caller, fresh)) });
      got[caller] = outcomeOf(status);
      statuses.set(caller, status);
    }
    expect(got).toEqual(rule.who);
    // Allowed calls here carry valid inputs, so they succeed outright.
    const allowed = CALLERS.filter((caller) => rule.who[caller] === 'allow');
    expect(Object.fromEntries(allowed.map((c) => [c, statuses.get(c)]))).toEqual(
      Object.fromEntries(allowed.map((c) => [c, 200])),
    );
  });
});

describe('every HTTP route × every caller', () => {
  test('the matrix names every route', async () => {
    const listed = [...app.printRoutes({ commonPrefix: false }).matchAll(/(\/\S*) \(/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  test.each(Object.entries(ROUTES))('%s', async (_, route) => {
    const got: Record<string, Outcome | string> = {};
    for (const caller of CALLERS) {
      const { token, session } = await credentials(caller, false);
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (session) headers.cookie = `tm_session=${session}`;
      const { method = 'GET', url, payload } = route;
      got[caller] = outcomeOf((await app.inject({ method, url, headers, payload })).statusCode);
    }
    expect(got).toEqual(route.who);
  });
});
