import { expect, test } from 'vitest';
import { requestAt as request } from '../../test/aggregates.ts';
import { AggregateDelta, type RequestState } from './delta.ts';
import { RecordedDelta, replay } from './recorded.ts';

const STATES: [RequestState, 1 | -1][] = [
  [
    request('2024-03-04T10:00:00Z', {
      items: [
        { content_type: 'post', author_kind: 'activist', outcome: 'pending', decided_at: null, appeals: [] },
        {
          content_type: 'video',
          author_kind: 'journalist',
          outcome: 'removed_global',
          decided_at: '2024-03-06T09:30:00Z',
          appeals: [
            { outcome: 'reversed', filed_at: '2024-03-07T00:00:00Z', decided_at: '2024-03-20T00:00:00Z' },
            { outcome: 'pending', filed_at: null, decided_at: null },
          ],
        },
      ],
    }),
    1,
  ],
  // The stored state of an updated request, taken away; then a request without items.
  [
    request('2024-02-01T00:00:00Z', {
      jurisdiction: 'UZ',
      items: [
        {
          content_type: 'post',
          author_kind: 'individual',
          outcome: 'no_action',
          decided_at: '2024-02-02T00:00:00Z',
          appeals: [],
        },
      ],
    }),
    -1,
  ],
  [request('2024-02-01T00:00:00Z', { profile_set_id: 9, items: [] }), 1],
  // Retracted: contributes nothing either way.
  [
    request('2024-05-01T00:00:00Z', {
      retracted: true,
      items: [{ content_type: 'post', author_kind: 'activist', outcome: 'pending', decided_at: null, appeals: [] }],
    }),
    1,
  ],
];

test('a recorded delta, cloned to another thread and replayed, is the delta its requests make', () => {
  const direct = new AggregateDelta();
  const recorded = new RecordedDelta();
  for (const [state, sign] of STATES) {
    direct.addRequest(state, sign);
    recorded.addRequest(state, sign);
  }
  const replayed = new AggregateDelta();
  replay(structuredClone(recorded.packed), replayed);
  expect(replayed).toEqual(direct);
  expect(replayed.isEmpty).toBe(false);
  // Replaying twice counts twice: nothing is lost or merged away in the packing.
  replay(recorded.packed, replayed);
  expect(replayed).not.toEqual(direct);
});

test('a recorded delta of retracted requests only is empty, and is not applied where it was recorded', async () => {
  const recorded = new RecordedDelta();
  recorded.addRequest(request('2024-05-01T00:00:00Z', { retracted: true, items: [] }), 1);
  expect(recorded.isEmpty).toBe(true);
  expect(() => recorded.apply()).toThrow(/replaying/);
});
