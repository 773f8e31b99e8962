import { expect, test } from 'vitest';
import { type Changes, CREATED, changesJson, diffInto } from './fields.ts';

test('changesJson writes what JSON.stringify writes for the same changes as an object', () => {
  const changes: Changes = new Map();
  // Paths with JSON's special characters and non-ASCII; values of every kind a change holds.
  changes.set('outcome', ['pending', 'removed']);
  changes.set('items[a "quoted" \\ id]', CREATED);
  changes.set('items[Қазақ\u2028x].appeals[\t1]', [null, 'created']);
  changes.set('legalBases', [[1, 2], [3]]);
  changes.set('items[x].automated', [0, null]);
  changes.set('statedReason', ['line\nbreak', 'emoji 🙂 and \u0000']);
  expect(changesJson(changes)).toBe(JSON.stringify(Object.fromEntries(changes)));
  expect(JSON.parse(changesJson(changes))).toEqual(Object.fromEntries(changes));
  expect(changesJson(new Map())).toBe('{}');
});

test('diffInto records each differing field by its wire name, in the order of the new fields', () => {
  const changes: Changes = new Map();
  const changed = diffInto(
    changes,
    'items[i-1].',
    { outcome: 'pending', decided_at: null, automated: 1 },
    { outcome: 'removed', decided_at: '2022-01-02T00:00:00Z', automated: 1 },
  );
  expect(changed).toBe(true);
  expect([...changes]).toEqual([
    ['items[i-1].outcome', ['pending', 'removed']],
    ['items[i-1].decidedAt', [null, '2022-01-02T00:00:00Z']],
  ]);
  expect(diffInto(new Map(), '', { outcome: 'removed' }, { outcome: 'removed' })).toBe(false);
});
