import { describe, expect, test } from 'vitest';
import type { PublishedRowOut } from '../../../shared/published.ts';
import { wholeListing } from './published-rows.data.ts';

const rows = [{ id: 1 }, { id: 2 }] as PublishedRowOut[];

describe('wholeListing', () => {
  test('a listing that fits one answer is used as it is', () => {
    expect(wholeListing({ rows, total: 2, offset: 0 })).toBe(rows);
  });
  test('a listing longer than the answer is an error naming how many rows match, not a cut', () => {
    expect(() => wholeListing({ rows, total: 2345, offset: 0 })).toThrow(/2,345 published rows match.*narrow/);
    expect(() => wholeListing({ rows, total: 4, offset: 2 })).toThrow(/4 published rows/);
  });
});
