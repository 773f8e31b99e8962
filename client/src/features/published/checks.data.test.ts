import { describe, expect, test } from 'vitest';
import type { Restatement } from '../../../../shared/published.ts';
import { checkGroups, restatementChange, restatementPeriod } from './checks.data.ts';

const restatement = (old: [number | null, number | null], now: [number | null, number | null]): Restatement => ({
  publisher: 'google',
  format: 'google-removals',
  key: 'k',
  label: 'Kazakhstan · Police',
  periodEnd: '2021-06-30',
  old: { requests: old[0], items: old[1], fileName: 'a.csv' },
  new: { requests: now[0], items: now[1], fileName: 'b.csv' },
});

describe('restatements', () => {
  test('name only what changed, old → new', () => {
    expect(restatementChange(restatement([79, 30833], [81, 30900]))).toBe('79 → 81 requests; 30,833 → 30,900 items');
    expect(restatementChange(restatement([79, 5], [79, null]))).toBe('5 → — items');
    expect(restatementChange(restatement([1, 1], [1, 1]))).toMatch(/another measure/);
    expect(restatementPeriod(restatement([1, 1], [1, 1]))).toBe('2021 H1');
  });
});

describe('checkGroups', () => {
  test('TOTAL-row contradictions per file; other import notes are left to the sources list', () => {
    const check = (publisher: string, fileName: string, message: string) => ({
      publisher,
      format: 'x-removals' as const,
      fileName,
      message,
    });
    const groups = checkGroups([
      check(
        'x',
        'b.csv',
        'line 21: TOTAL row gives 104 for "ACCOUNTS SPECIFIED"; the 19 country rows above sum to 106',
      ),
      check('x', 'b.csv', 'line 14: "ACCOUNTS WITHHELD" is "4*"; kept 4'),
      check('x', 'b.csv', 'line 21: TOTAL row gives 4 for "ACCOUNTS WITHHELD"; the rows above sum to 8'),
      check('meta', 'a.csv', 'line 2: the TOTAL/TOTAL row gives 2,158; the Member State rows sum to 2,162'),
    ]);
    expect(groups.map((g) => [g.publisher, g.fileName, g.messages.length])).toEqual([
      ['Meta', 'a.csv', 1],
      ['X (formerly Twitter)', 'b.csv', 2],
    ]);
  });
});
