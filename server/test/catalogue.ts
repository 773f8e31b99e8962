/** Fixtures for the catalogue admin tests: duplicate agencies and provisions, and an admin. */
import type { RequestWire } from '../../shared/interchange.ts';
import type { Db } from '../db/database.ts';
import type { UserActor } from '../services/actor.ts';
import { exampleRequest } from './fixtures.ts';

export const adminActor: UserActor = {
  kind: 'user',
  userId: 1,
  email: 'admin@example.org',
  name: 'Admin',
  role: 'admin',
  sources: [],
};

export const RKN = { name: 'Roskomnadzor', kind: 'regulator' } as const;
export const RKN_TYPO = { name: 'Roscomnadzor', kind: 'regulator' } as const;
export const LAW = { jurisdiction: 'RU', instrument: 'Federal Law 149-FZ', article: '15.3' } as const;
export const LAW_TYPO = { jurisdiction: 'RU', instrument: 'Federal Law No. 149-FZ', article: '15.3' } as const;
export const OTHER_LAW = { jurisdiction: 'RU', instrument: 'Criminal Code', article: '280' } as const;

/** A Russian request with two items (one decided, one appealed), on `day`. */
export function ruRequest(externalId: string, day: string, overrides: Partial<RequestWire> = {}): RequestWire {
  return exampleRequest({
    externalId,
    jurisdiction: 'RU',
    agency: RKN,
    platform: 'vk',
    submittedAt: `${day}T10:00:00Z`,
    legalBases: [LAW],
    items: [
      { externalId: `${externalId}-1`, contentType: 'post', outcome: 'removed_global', decidedAt: `${day}T12:00:00Z` },
      {
        externalId: `${externalId}-2`,
        contentType: 'video',
        authorKind: 'journalist',
        outcome: 'restricted_local',
        decidedAt: `${day}T20:00:00Z`,
        appeals: [{ externalId: 'a', appellant: 'content_author', outcome: 'pending' }],
      },
    ],
    ...overrides,
  });
}

/** The requests' catalogue links, to compare before a merge and after its split. */
export async function requestLinks(db: Db) {
  const requests = await db.selectFrom('requests').select(['id', 'agency_id', 'basis_set_id']).orderBy('id').execute();
  const citations = await db
    .selectFrom('request_legal_bases')
    .selectAll()
    .orderBy('request_id')
    .orderBy('position')
    .execute();
  return { requests, citations };
}

export async function agencyId(db: Db, name: string): Promise<number> {
  const row = await db.selectFrom('agencies').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export async function legalBasisId(db: Db, instrument: string, article: string): Promise<number> {
  const row = await db
    .selectFrom('legal_bases')
    .select('id')
    .where('instrument', '=', instrument)
    .where('article', '=', article)
    .executeTakeFirstOrThrow();
  return row.id;
}
