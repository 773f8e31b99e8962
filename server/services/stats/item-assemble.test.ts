/** Assembling a page of items: an empty page (every item of the scanned requests filtered out) reads nothing. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PUBLIC_VIEWER } from '../../../shared/roles.ts';
import { findRequestItems } from '../../queries/stats/item-page.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { assembleItems } from './item-assemble.ts';

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.dispose();
});

// PostgreSQL refuses `in ()`, so these failed there (and only there) when a page came out empty.
test('an empty page assembles to no items on every engine', async () => {
  expect(await assembleItems(t.db, [], PUBLIC_VIEWER)).toEqual([]);
});

test('items of no requests are none, whatever the filters', async () => {
  expect(await findRequestItems(t.db, [], { contentTypes: ['post'] })).toEqual([]);
});
