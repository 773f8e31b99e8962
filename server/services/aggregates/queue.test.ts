/** The queue's own rules, with deltas that record their applies (the import tests cover it on the database). */
import { expect, test } from 'vitest';
import type { Db } from '../../db/database.ts';
import type { AggregateDelta } from './delta.ts';
import { AggregateQueue } from './queue.ts';

const trx = {} as Db;

/** A delta whose apply takes a few turns of the event loop, logging its start and end, or failing. */
function delta(name: string, log: string[], fails = false): AggregateDelta {
  return {
    async apply() {
      log.push(`${name} start`);
      await new Promise((resolve) => setImmediate(resolve));
      if (fails) throw new Error(`${name} failed`);
      log.push(`${name} end`);
    },
  } as unknown as AggregateDelta;
}

test('applies run one after another, in the order pushed, without the caller waiting', async () => {
  const log: string[] = [];
  const queue = new AggregateQueue(trx);
  queue.push(delta('a', log));
  queue.push(delta('b', log));
  log.push('pushed');
  await queue.drain();
  expect(log).toEqual(['pushed', 'a start', 'a end', 'b start', 'b end']);
});

test('after a failed apply the later ones are skipped, and push and drain throw its error', async () => {
  const log: string[] = [];
  const queue = new AggregateQueue(trx);
  queue.push(delta('a', log, true));
  queue.push(delta('b', log));
  await queue.settled();
  expect(log).toEqual(['a start']);
  expect(() => queue.push(delta('c', log))).toThrow('a failed');
  await expect(queue.drain()).rejects.toThrow('a failed');
  expect(log).toEqual(['a start']);
});
