/**
 * The scan's inner loop, generated for the shape of one sum: filtered or not, grouped by key
 * columns or not, how many dense measures, whether sparse measures are read. Written out with one
 * local per column, the loop is ~3× faster than a generic one looping over arrays of columns (each
 * such access sees several typed-array kinds, and the inner loops cost more than the additions).
 * A row's dense values are added without a branch: rows the mask rejects go to a spare group (or
 * add zeros), sparse measures not asked for to a spare measure (a mispredicted branch a row cost
 * more than the few additions it saves). Rejected rows skip what costs more than a branch: their
 * sparse entries, and a one-group sum's many dense columns. When rows are not grouped by key
 * columns, a day's sums are kept in locals.
 */
import type { Ints } from './grow.ts';

export interface KernelInput {
  /** Each row's key, and 1 for each key admitted (null: all are). */
  keyOf: Ints;
  mask: Uint8Array | null;
  /** Each key's group within a day (Σ code × stride of the grouped-by columns); null: one per day. */
  keyGroup: Int32Array | null;
  dense: Ints[];
  /** Each dense column's place in a group's sums. */
  denseSlots: number[];
  /** Sparse measures: per row its count of entries, then (measure, value) pairs; null: none read. */
  sparse: { counts: Ints; index: Ints; values: Ints; slot: Uint8Array } | null;
  sums: Float64Array;
  /** 1 for each group with an admitted row. */
  seen: Uint8Array;
  /** Numbers in a group's sums (measures asked for, then the spare one). */
  width: number;
  /** The group number rejected rows go to. */
  spare: number;
}

/** Adds rows start … end − 1 (of one day), whose groups start at `dayBase`; returns the entry after theirs. */
export type Kernel = (start: number, end: number, dayBase: number, entry: number) => number;

const factories = new Map<string, (input: KernelInput) => Kernel>();

export function kernelFor(input: KernelInput): Kernel {
  const shape: Shape = {
    masked: input.mask !== null,
    grouped: input.keyGroup !== null,
    dense: input.dense.length,
    sparse: input.sparse !== null,
  };
  // One function per shape and per kind of typed array read: each keeps element loads of one kind
  // (a function shared by tables of Uint8, Uint16 and Uint32 keys was several times slower).
  const kinds = [
    input.keyOf,
    ...input.dense,
    ...(input.sparse ? [input.sparse.counts, input.sparse.index, input.sparse.values] : []),
  ];
  const key = `${JSON.stringify(shape)} ${kinds.map((array) => array.constructor.name).join(' ')}`;
  let factory = factories.get(key);
  if (!factory) {
    // The source is built from the shape only (no data enters it), so there is nothing to escape.
    factory = new Function('a', shape.grouped ? source(shape) : oneGroupSource(shape)) as (i: KernelInput) => Kernel;
    factories.set(key, factory);
  }
  return factory(input);
}

interface Shape {
  masked: boolean;
  grouped: boolean;
  dense: number;
  sparse: boolean;
}

const each = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i));

/** Locals for the inputs, then the row loop's first lines: the row's key and whether it passes. */
function head({ dense, sparse }: Shape): string[] {
  return [
    'const keyOf = a.keyOf, mask = a.mask, keyGroup = a.keyGroup, sums = a.sums, seen = a.seen;',
    ...each(dense, (i) => `const d${i} = a.dense[${i}], o${i} = a.denseSlots[${i}];`),
    sparse
      ? 'const counts = a.sparse.counts, index = a.sparse.index, values = a.sparse.values, slot = a.sparse.slot;'
      : '',
  ];
}

function rowStart({ masked }: Shape): string[] {
  return ['    const key = keyOf[r];', `    const pass = ${masked ? 'mask[key]' : '1'};`];
}

/**
 * A row's sparse entries. Unlike a few dense columns, a rejected row's entries are skipped with a
 * branch: walking them costs more than one mispredicted branch (measured at 5 M items).
 */
function sparseLine({ sparse, masked }: Shape, add: string): string {
  if (!sparse) return '';
  const loop = `for (const last = entry + counts[r]; entry < last; entry++) ${add}`;
  return masked ? `    if (pass === 1) { ${loop} } else entry += counts[r];` : `    ${loop}`;
}

function source(shape: Shape): string {
  return [
    ...head(shape),
    'const width = a.width, spare = a.spare;',
    'return function kernel(start, end, dayBase, entry) {',
    '  for (let r = start; r < end; r++) {',
    ...rowStart(shape),
    '    const group = spare + (dayBase + keyGroup[key] - spare) * pass;',
    '    seen[group] = 1;',
    '    const base = group * width;',
    ...each(shape.dense, (i) => `    sums[base + o${i}] += d${i}[r];`),
    sparseLine(shape, 'sums[base + slot[index[entry]]] += values[entry];'),
    '  }',
    '  return entry;',
    '};',
  ].join('\n');
}

/** More dense columns than this: a rejected row skips them with a branch (cheaper than adding zeros). */
const BRANCH_DENSE = 12;

/**
 * Not grouped by key columns, the rows of one call (one day) share one group: their sums are kept
 * in locals (no store and reload of the same sum a row); rejected rows add zeros (× pass), or skip
 * the dense columns with a branch when there are more than BRANCH_DENSE of them.
 */
function oneGroupSource(shape: Shape): string {
  return [
    ...head(shape),
    'const width = a.width;',
    'return function kernel(start, end, dayBase, entry) {',
    '  const base = dayBase * width;',
    `  let any = 0${each(shape.dense, (i) => `, t${i} = 0`).join('')};`,
    '  for (let r = start; r < end; r++) {',
    ...rowStart(shape),
    '    any |= pass;',
    ...(shape.masked && shape.dense > BRANCH_DENSE
      ? ['    if (pass === 1) {', ...each(shape.dense, (i) => `      t${i} += d${i}[r];`), '    }']
      : each(shape.dense, (i) => `    t${i} += d${i}[r] * pass;`)),
    sparseLine(shape, 'sums[base + slot[index[entry]]] += values[entry];'),
    '  }',
    ...each(shape.dense, (i) => `  sums[base + o${i}] += t${i};`),
    '  seen[dayBase] |= any;',
    '  return entry;',
    '};',
  ].join('\n');
}
