import { describe, expect, test } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  test('header of keys, raw numbers, quoted text, empty for null', () => {
    const csv = toCsv({
      columns: [
        { key: 'label', label: 'Provision' },
        { key: 'items', label: 'Items' },
        { key: 'rate', label: 'Removal rate' },
      ],
      rows: [
        { label: 'Law "On Information", art. 15.3', items: 3837, rate: 0.617 },
        { label: 'Other', items: 2, rate: null },
      ],
    });
    expect(csv).toBe('label,items,rate\r\n"Law ""On Information"", art. 15.3",3837,0.617\r\nOther,2,\r\n');
  });
});
