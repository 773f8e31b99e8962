/**
 * The demo data's own process (`npm start` runs it through PREPARE_DEMO, see demo.ts): migrates,
 * seeds the synthetic demo data into an empty database and imports the platforms' published
 * reports when there are none. Only this process loads the seed and import modules.
 */
import { type Db, openDatabase } from '../server/db/database.ts';
import { dialectOf } from '../server/db/dialect/index.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { stageWorkerOfEntry } from '../server/services/aggregates/stage.ts';
import { importPublishedPath, type ReadPublishedFile } from '../server/services/published/import.ts';
import { seedDemoData } from '../server/services/seed/index.ts';
import { publishedDir, publishedImportNeeded, seedNeeded } from './demo.ts';
import { type PublishedReading, readPublishedInWorker } from './published-read.ts';

const DEMO_ITEMS = 200_000;
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/** What the PREPARE_DEMO process does: migrate, seed an empty database, import published reports. */
export async function prepareDemoData(url: string): Promise<void> {
  const database = openDatabase(url);
  let reading: PublishedReading | undefined;
  try {
    await migrateToLatest(database.db);
    // Asked once, before the seed, which writes no published reports (a file another process
    // imported meanwhile would be found by its SHA-256 and left as it is).
    const importing = await publishedImportNeeded(database.db);
    if (await seedNeeded(database.db)) {
      // Halfway through the seed a worker thread starts reading the published reports, on the core
      // the seed leaves idle. (Started with the seed, it competed with the server process loading its
      // modules: the seed took ≈ 2 s longer, more than the reading saves.)
      const entry = process.argv[1];
      // The only connection to the database (the server opens its own afterwards).
      await seed(database.db, entry, (items) => {
        if (importing && entry !== undefined && !reading && items >= DEMO_ITEMS / 2)
          reading = readPublishedInWorker(publishedDir(), entry);
      });
    }
    if (importing) await importPublished(database.db, await reading?.files);
  } finally {
    await reading?.stop();
    await database.close();
  }
}

/**
 * Seeds the synthetic demo data into an empty database, telling `onProgress` the items written
 * after each batch. `db` is the only connection to the database, so the seed may journal more
 * cheaply (privateBulkLoad).
 */
async function seed(db: Db, entry: string | undefined, onProgress: (items: number) => void): Promise<void> {
  console.log(
    `Empty database: seeding synthetic demo data (${DEMO_ITEMS.toLocaleString('en')} items; DEMO_DATA=0 skips this)…`,
  );
  const started = performance.now();
  let shown = 0;
  const seed = () =>
    seedDemoData(db, {
      items: DEMO_ITEMS,
      seed: 1,
      // The aggregates are applied on the other core meanwhile, by this script run as a worker thread.
      stageAggregates: entry === undefined ? undefined : stageWorkerOfEntry(entry),
      onProgress: (items) => {
        onProgress(items);
        if (items - shown < 50_000) return;
        shown = items;
        console.log(`  ${items.toLocaleString('en')} items…`);
      },
    });
  const result = await dialectOf(db).privateBulkLoad(db, seed);
  console.log(`Seeded ${result.items.toLocaleString('en')} items in ${seconds(started)} s.`);
}

/**
 * Platforms' published reports, from PUBLISHED_DATA or ../shared/data, into a database holding none.
 * `read`: the files a worker read meanwhile (the others are read here).
 */
async function importPublished(db: Db, read?: Map<string, ReadPublishedFile>): Promise<void> {
  const dir = publishedDir();
  const started = performance.now();
  const summaries = await importPublishedPath(db, dir, {}, read);
  const where = read ? ', read by a worker thread during the seed' : '';
  console.log(`Imported ${summaries.length} published report files from ${dir} in ${seconds(started)} s${where}.`);
}
