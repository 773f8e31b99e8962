import { describe, expect, test } from 'vitest';
import { emptyBasis, emptyEntryForm } from '../../../../shared/entry-form.ts';
import { fieldLabel, shownFields, submitProblems } from './shown-fields.data.ts';

describe('the entry form’s fields', () => {
  test('new agencies and new provisions show their own fields; decided items their date', () => {
    const form = emptyEntryForm('monitor-x', 'UTC');
    form.agency = { ...form.agency, added: true, name: 'New agency' };
    form.legalBases = [{ ...emptyBasis('KZ'), catalogueId: 4 }, emptyBasis('KZ')];
    const first = form.items[0];
    if (first) first.outcome = 'no_action';
    const shown = shownFields(form);
    expect(shown.has('agency.kind')).toBe(true);
    expect(shown.has('legalBases[0].article')).toBe(false);
    expect(shown.has('legalBases[1].article')).toBe(true);
    expect(shown.has('items[0].decidedAt')).toBe(true);
  });

  test('problem paths read as the labels a reader sees', () => {
    expect(fieldLabel('agency.name')).toBe('Agency');
    expect(fieldLabel('items[1].contentUrl')).toBe('Item 2, content URL');
    expect(fieldLabel('items[0].externalId')).toBe('Item 1, item id');
    expect(fieldLabel('legalBases[0]')).toBe('Legal basis 1');
  });

  test('a refused save gives the first record’s problems, or none when the error carries none', () => {
    const error = {
      data: {
        problems: [
          { index: 0, path: 'platform', message: 'm' },
          { index: 1, path: 'x', message: 'n' },
        ],
      },
    };
    expect(submitProblems(error)).toEqual([{ index: 0, path: 'platform', message: 'm' }]);
    expect(submitProblems(new Error('network'))).toBeNull();
  });
});
