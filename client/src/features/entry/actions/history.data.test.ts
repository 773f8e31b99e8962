import { describe, expect, test } from 'vitest';
import type { AuditEntryView } from '../../../../../shared/audit.ts';
import { actorName, historySteps } from './history.data.ts';

const entry = (over: Partial<AuditEntryView>): AuditEntryView => ({
  id: 1,
  at: '2026-12-05T12:00:00.000Z',
  actor: 'user:3:sam@example.org',
  source: 'monitor-x',
  action: 'create',
  entity: 'request',
  entityKey: 'monitor-x/r-1',
  changes: [],
  ...over,
});

describe('historySteps', () => {
  test('names each write as a step of the item', () => {
    const steps = historySteps([
      entry({ id: 1 }),
      entry({
        id: 2,
        action: 'update',
        entity: 'item',
        entityKey: 'monitor-x/r-1/i-1',
        changes: [
          { field: 'outcome', kind: 'changed', before: 'pending', after: 'removed_global' },
          { field: 'decided_at', kind: 'added', before: null, after: '2026-12-01T10:00:00.000Z' },
        ],
      }),
      entry({
        id: 5,
        entity: 'appeal',
        entityKey: 'monitor-x/r-1/i-1/ap-1',
        changes: [
          { field: 'venue', kind: 'added', before: null, after: 'internal_review' },
          { field: 'filedAt', kind: 'added', before: null, after: '2026-12-02T08:00:00.000Z' },
        ],
      }),
      entry({
        id: 3,
        action: 'update',
        entity: 'appeal',
        entityKey: 'monitor-x/r-1/i-1/ap-1',
        changes: [{ field: 'outcome', kind: 'changed', before: 'pending', after: 'reversed' }],
      }),
      entry({
        id: 4,
        actor: 'token:5',
        action: 'retract',
        changes: [{ field: 'retractionReason', kind: 'added', before: null, after: 'duplicate' }],
      }),
    ]);
    expect(steps.map((s) => [s.label, s.detail, s.by])).toEqual([
      ['Request recorded', null, 'sam@example.org'],
      ['Outcome recorded: removed globally', 'decided at: 2026-12-01 10:00 UTC', 'sam@example.org'],
      ['Appeal ap-1 recorded', 'venue: internal review; filed at: 2026-12-02 08:00 UTC', 'sam@example.org'],
      ['Appeal ap-1 decided: reversed', null, 'sam@example.org'],
      ['Request retracted', 'reason: duplicate', 'API token 5'],
    ]);
  });

  test('actors read as people, tokens and commands', () => {
    expect(actorName('cli:import')).toBe('import (command line)');
  });
});
