import { expect, test } from 'vitest';
import { changeMark, changeSummary, dayRange, formatValue, shortInstant } from './audit-format.data.ts';

test('instants to the minute, values as text', () => {
  expect(shortInstant('2026-12-04T09:15:42.123Z')).toBe('2026-12-04 09:15 UTC');
  expect([formatValue(null), formatValue('KZ'), formatValue(3), formatValue([1, 2])]).toEqual([
    '—',
    'KZ',
    '3',
    '[1,2]',
  ]);
});

test('changes are marked by symbol and word, summarised by field names', () => {
  expect(changeMark('added')).toEqual({ symbol: '+', word: 'added' });
  expect(changeMark('removed').word).toBe('removed');
  const change = (field: string) => ({ field, kind: 'changed' as const, before: 1, after: 2 });
  expect(changeSummary([])).toBe('no field changes recorded');
  expect(changeSummary([change('a')])).toBe('1 field: a');
  expect(changeSummary(['a', 'b', 'c', 'd', 'e'].map(change))).toBe('5 fields: a, b, c, and 2 more');
});

test('the "to" day is included whole, across a month end', () => {
  expect(dayRange('2026-11-01', '2026-11-30')).toEqual({
    from: '2026-11-01T00:00:00.000Z',
    to: '2026-12-01T00:00:00.000Z',
  });
  expect(dayRange('', '')).toEqual({});
});
