/**
 * How far V8 lets the heap grow past what survived the last full collection, for a serving process.
 * V8's own factor reaches 4×: under a stream of dashboard reads a 5 M-item server held ~210 MB of
 * heap for ~60 MB live. At 2× its peak RSS over the bench's query phase fell by 35–75 MB with the
 * same read p95s. With ~45 MB live (since the published snapshot was trimmed), 1.5× holds ~75 MB
 * of heap where 2× held ~95, and the worst p95 stayed 13–18 ms over six runs (an earlier run with
 * a larger live heap reached 20.9 ms; `npm run bench` reports it). The cube's
 * columns are typed arrays outside this heap. The server entries call it after seeding, so a bulk
 * write keeps V8's default.
 * The young generation's size cannot change once the process runs: `npm start` gives the bundle
 * `--max-semi-space-size=4` (package.json; the bench's servers read it from there), and
 * `--v8-pool-size=1`: one V8 helper thread instead of four (each thread that allocates keeps its
 * own malloc arena; ~10 MB lower peak at 5 M items, the same p95s).
 */
import v8 from 'node:v8';

const SERVING_HEAP_GROWING_PERCENT = 50;

/**
 * resourceLimits of the bulk writers' worker threads (the import's reader, the seed's aggregate
 * staging): the young generation their main thread has (3 × --max-semi-space-size=64), so their
 * short-lived objects are scavenged as seldom (import ≈ 3 % faster, 6 of 6 interleaved pairs).
 */
export const BULK_WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };

export function tightenHeapGrowthForServing(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${SERVING_HEAP_GROWING_PERCENT}`);
}
