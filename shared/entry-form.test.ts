import { describe, expect, test } from 'vitest';
import {
  checkEntry,
  type EntryForm,
  emptyEntryForm,
  entryToRequest,
  parentPath,
  problemsByField,
} from './entry-form.ts';
import { RequestInput } from './interchange.ts';
import { formatOffset, utcToZoned, zonedToUtc } from './zoned-time.ts';

function filled(): EntryForm {
  const form = emptyEntryForm('monitor-x', 'Asia/Almaty');
  return {
    ...form,
    externalId: ' kz-2024-001 ',
    jurisdiction: 'KZ',
    agency: { catalogueId: 3, added: false, name: 'Ministry of Information', localName: '', kind: 'ministry' },
    platform: 'facebook',
    channel: 'direct_portal',
    submitted: { date: '2024-03-05', time: '14:30' },
    statedReason: 'False information',
    legalBases: [
      {
        catalogueId: 7,
        jurisdiction: 'KZ',
        instrument: 'Criminal Code',
        article: '274',
        part: '',
        title: '',
        category: '',
      },
      {
        catalogueId: null,
        jurisdiction: '',
        instrument: 'Law on Mass Media',
        article: '2',
        part: '1',
        title: 'New provision',
        category: 'misinformation',
      },
    ],
    items: [
      {
        externalId: 'item-1',
        contentType: 'post',
        contentUrl: 'https://facebook.example/p/1',
        authorKind: 'journalist',
        outcome: 'restricted_local',
        decided: { date: '2024-03-06', time: '09:00' },
      },
      {
        externalId: 'item-2',
        contentType: 'video',
        contentUrl: '',
        authorKind: 'unknown',
        outcome: 'pending',
        decided: { date: '', time: '' },
      },
    ],
  };
}

describe('zonedToUtc', () => {
  test('reads the wall time in the named zone', () => {
    // Kazakhstan moved to UTC+5 on 1 March 2024.
    expect(zonedToUtc('2024-03-05', '14:30', 'Asia/Almaty')).toBe('2024-03-05T09:30:00.000Z');
    expect(zonedToUtc('2024-02-05', '14:30', 'Asia/Almaty')).toBe('2024-02-05T08:30:00.000Z');
    expect(zonedToUtc('2024-03-05', '14:30', 'UTC')).toBe('2024-03-05T14:30:00.000Z');
    expect(zonedToUtc('2024-07-01', '12:00', 'Europe/London')).toBe('2024-07-01T11:00:00.000Z');
    expect(zonedToUtc('2024-01-01', '12:00', 'America/New_York')).toBe('2024-01-01T17:00:00.000Z');
    expect(zonedToUtc('2024-03-05', '', 'UTC')).toBe('2024-03-05T00:00:00.000Z');
  });
  test('refuses impossible dates, times and zones', () => {
    expect(zonedToUtc('2023-02-30', '10:00', 'UTC')).toBeNull();
    expect(zonedToUtc('2024-03-05', '24:10', 'UTC')).toBeNull();
    expect(zonedToUtc('2024-03-05', '10:00', 'Mars/Olympus')).toBeNull();
    expect(zonedToUtc('5 March', '10:00', 'UTC')).toBeNull();
  });
  test('a stored instant reads back as the wall time it was typed as', () => {
    expect(utcToZoned('2024-03-05T09:30:00.000Z', 'Asia/Almaty')).toEqual({ date: '2024-03-05', time: '14:30' });
    expect(utcToZoned(zonedToUtc('2024-10-27', '01:30', 'Europe/Berlin') ?? '', 'Europe/Berlin')).toEqual({
      date: '2024-10-27',
      time: '01:30',
    });
  });
  test('offsets read as UTC±hh:mm', () => {
    expect(formatOffset(300)).toBe('UTC+05:00');
    expect(formatOffset(-210)).toBe('UTC−03:30');
  });
});

describe('entryToRequest', () => {
  test('maps the form to the interchange record an API client would send', () => {
    expect(entryToRequest(filled())).toEqual({
      externalId: 'kz-2024-001',
      source: 'monitor-x',
      jurisdiction: 'KZ',
      agency: { name: 'Ministry of Information', localName: undefined, kind: 'ministry' },
      platform: 'facebook',
      channel: 'direct_portal',
      submittedAt: '2024-03-05T09:30:00.000Z',
      legalBases: [
        {
          jurisdiction: 'KZ',
          instrument: 'Criminal Code',
          article: '274',
          part: undefined,
          title: undefined,
          category: undefined,
        },
        {
          jurisdiction: 'KZ',
          instrument: 'Law on Mass Media',
          article: '2',
          part: '1',
          title: 'New provision',
          category: 'misinformation',
        },
      ],
      statedReason: 'False information',
      items: [
        {
          externalId: 'item-1',
          contentType: 'post',
          contentUrl: 'https://facebook.example/p/1',
          authorKind: 'journalist',
          outcome: 'restricted_local',
          decidedAt: '2024-03-06T04:00:00.000Z',
        },
        {
          externalId: 'item-2',
          contentType: 'video',
          contentUrl: undefined,
          authorKind: 'unknown',
          outcome: 'pending',
          decidedAt: undefined,
        },
      ],
    });
    expect(RequestInput.safeParse(entryToRequest(filled())).success).toBe(true);
  });

  test('a complete form has no problems', () => {
    expect(checkEntry(filled()).problems).toEqual([]);
  });

  test('problems carry the API paths and land at the field that shows them', () => {
    const form = filled();
    form.agency.name = ' ';
    form.submitted = { date: '', time: '' };
    const first = form.items[0];
    if (first) first.contentUrl = 'facebook.example/p/1';
    const { problems } = checkEntry(form);
    const paths = problems.map((p) => p.path).sort();
    expect(paths).toEqual(['agency.name', 'items[0].contentUrl', 'submittedAt']);
    expect(problems.find((p) => p.path === 'submittedAt')?.message).toBe('enter the date the request was sent');
    const byField = problemsByField(problems, new Set(['agency.name', 'submittedAt', 'items[0].contentUrl']));
    expect(byField.get('items[0].contentUrl')).toEqual(['must be an http(s) URL']);
  });

  test('a problem on a field the form does not show lands at its nearest shown ancestor', () => {
    const form = filled();
    const second = form.items[1];
    if (second) second.externalId = 'item-1';
    const { problems } = checkEntry(form);
    expect(problems.map((p) => p.path)).toEqual(['items[1].externalId']);
    const byField = problemsByField(problems, new Set(['items[1]']));
    expect(byField.get('items[1]')).toEqual(['duplicate externalId "item-1" (also at 0)']);
  });

  test('a decision before the submission is named at the item date', () => {
    const form = filled();
    const first = form.items[0];
    if (first) first.decided = { date: '2024-03-01', time: '' };
    expect(checkEntry(form).problems).toEqual([
      { path: 'items[0].decidedAt', message: 'must not precede submittedAt' },
    ]);
  });

  test('parentPath walks up to the record', () => {
    expect(parentPath('items[0].decidedAt')).toBe('items[0]');
    expect(parentPath('items[0]')).toBe('items');
    expect(parentPath('items')).toBe('');
  });
});
