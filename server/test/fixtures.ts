/** Small, hand-written interchange records for tests (the INTERCHANGE.md example and variants). */
import type { RequestWire } from '../../shared/interchange.ts';

export function exampleRequest(overrides: Partial<RequestWire> = {}): RequestWire {
  return {
    externalId: 'kz-misd-2022-000123',
    jurisdiction: 'KZ',
    agency: { name: 'Ministry of Information and Social Development', kind: 'ministry' },
    platform: 'facebook',
    channel: 'direct_portal',
    submittedAt: '2022-03-14T09:15:00Z',
    legalBases: [
      { jurisdiction: 'KZ', instrument: 'Criminal Code of the Republic of Kazakhstan', article: '174', part: '1' },
    ],
    statedReason: 'Incitement of social discord',
    items: [
      {
        externalId: 'kz-misd-2022-000123-1',
        contentType: 'post',
        contentUrl: 'https://facebook.com/example/posts/1',
        authorKind: 'activist',
        outcome: 'restricted_local',
        outcomeBasis: 'local_law',
        decidedAt: '2022-03-16T11:00:00Z',
        automated: false,
        userNotified: true,
        appeals: [
          {
            externalId: 'a-1',
            appellant: 'content_author',
            venue: 'internal_review',
            filedAt: '2022-03-17T08:00:00Z',
            outcome: 'reversed',
            decidedAt: '2022-04-02T10:00:00Z',
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** A batch of n distinct, valid requests. */
export function exampleBatch(n: number, prefix = 'r'): RequestWire[] {
  return Array.from({ length: n }, (_, i) =>
    exampleRequest({
      externalId: `${prefix}-${i}`,
      items: [{ externalId: `${prefix}-${i}-1`, contentType: 'post', outcome: 'pending' }],
    }),
  );
}
