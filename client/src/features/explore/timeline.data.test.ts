import { expect, test } from 'vitest';
import type { ListedItem } from '../../../../shared/item-list.ts';
import { itemTimeline } from './timeline.data.ts';

const item = (over: Partial<ListedItem>): ListedItem => ({
  id: 1,
  externalId: 'x-1',
  contentType: 'post',
  authorKind: 'activist',
  outcome: 'restricted_local',
  outcomeBasis: 'local_law',
  decidedAt: '2022-03-16T09:00:00.000Z',
  automated: false,
  userNotified: true,
  request: {
    externalId: 'x',
    source: 's',
    jurisdiction: 'KZ',
    agency: { id: 1, name: 'Ministry', localName: null, kind: 'ministry' },
    platform: 'facebook',
    channel: 'direct_portal',
    submittedAt: '2022-03-14T09:00:00.000Z',
    statedReason: null,
    legalBases: [],
  },
  appeals: [],
  ...over,
});

test('submitted → decided → appealed → appeal decided, each with the time since the step before', () => {
  const steps = itemTimeline(
    item({
      appeals: [
        {
          externalId: 'a',
          appellant: 'content_author',
          venue: 'internal_review',
          filedAt: '2022-03-17T09:00:00.000Z',
          outcome: 'reversed',
          decidedAt: '2022-04-02T09:00:00.000Z',
        },
      ],
    }),
  );
  expect(steps.map((s) => [s.label, s.after])).toEqual([
    ['Request submitted', null],
    ['Decided: Restricted locally', '2 days after submission'],
    ['Appealed by content author', '24 hours after the decision'],
    ['Appeal decided: Reversed', '16 days after the appeal'],
  ]);
});

test('a pending item and a pending appeal say so, without invented dates', () => {
  const steps = itemTimeline(
    item({
      outcome: 'pending',
      decidedAt: null,
      appeals: [{ externalId: 'a', appellant: null, venue: null, filedAt: null, outcome: 'pending', decidedAt: null }],
    }),
  );
  expect(steps.map((s) => [s.label, s.at, s.after])).toEqual([
    ['Request submitted', '2022-03-14T09:00:00.000Z', null],
    ['Awaiting decision', null, null],
    ['Appealed', null, null],
    ['Appeal pending', null, null],
  ]);
});
