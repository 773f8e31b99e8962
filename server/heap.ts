/**
 * How far V8 lets the heap grow past what survived the last full collection, for a serving process.
 * V8's own factor reaches 4×: under a stream of dashboard reads a 5 M-item server held ~210 MB of
 * heap for ~60 MB live. At 2× its peak RSS over the bench's query phase fell by 35–75 MB with the
 * same read p95s; 1.5× and 1.2× saved 70–120 MB but added 3–6 ms to the worst p95 (more
 * collections). The cube's columns are typed arrays outside this heap. The server entries call it
 * after seeding, so a bulk write keeps V8's default.
 * The young generation's size cannot change once the process runs: `npm start` gives the bundle
 * `--max-semi-space-size=4` (package.json; the bench's servers read it from there).
 */
import v8 from 'node:v8';

const SERVING_HEAP_GROWING_PERCENT = 100;

export function tightenHeapGrowthForServing(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${SERVING_HEAP_GROWING_PERCENT}`);
}
