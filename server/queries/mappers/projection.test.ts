import { describe, expect, test } from 'vitest';
import { PUBLIC_VIEWER } from '../../../shared/roles.ts';
import { appealToWire } from './appeal.ts';
import { projectionFor } from './projection.ts';

const terms = [
  { term: 'Ivan Petrov', agency_id: null },
  { term: 'Aigul', agency_id: 7 },
];
const reason = 'Ivan Petrov and Aigul wrote to a@b.kz';

describe('projectionFor', () => {
  test('public: redacted reasons with the global terms plus the agency’s own, no URLs, no appellants', () => {
    const view = projectionFor(PUBLIC_VIEWER, terms);
    expect(view({ sourceId: 1, agencyId: 7 }).text(reason)).toBe('[redacted] and [redacted] wrote to [redacted]');
    expect(view({ sourceId: 1, agencyId: 8 }).text(reason)).toBe('[redacted] and Aigul wrote to [redacted]');
    expect(view({ sourceId: 1, agencyId: 8 })).toMatchObject({ contentUrl: false, appellant: false });
    const appeal = { external_id: 'a', appellant: 'content_author', venue: null, filed_at: null, outcome: 'pending' };
    expect(appealToWire({ ...appeal, decided_at: null }, view({ sourceId: 1, agencyId: 7 }))).not.toHaveProperty(
      'appellant',
    );
  });

  test('analysts and admins see records as stored; submitters only those of their sources', () => {
    for (const role of ['analyst', 'admin'] as const) {
      const view = projectionFor({ role, userId: 1, sources: [] }, terms)({ sourceId: 1, agencyId: 7 });
      expect(view).toMatchObject({ contentUrl: true, appellant: true });
      expect(view.text(reason)).toBe(reason);
    }
    const submitter = projectionFor({ role: 'submitter', userId: 2, sources: [3] }, terms);
    expect(submitter({ sourceId: 3, agencyId: 7 }).text(reason)).toBe(reason);
    expect(submitter({ sourceId: 4, agencyId: 7 }).contentUrl).toBe(false);
    expect(submitter({ sourceId: 4, agencyId: 7 }).text(reason)).not.toContain('Aigul');
  });

  test('null stays null', () => {
    expect(projectionFor(PUBLIC_VIEWER, terms)({ sourceId: 1, agencyId: 7 }).text(null)).toBeNull();
  });
});
