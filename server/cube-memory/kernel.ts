/**
 * The scan's inner loop, generated for the shape of one sum: how many masks, grouped-by columns
 * and dense measures, and whether sparse measures are read. Written out with one local per array,
 * the loop is ~3× faster than a generic one looping over arrays of columns (each such access sees
 * several typed-array kinds, and the inner loops cost more than the additions). Every row adds its
 * values without a branch: rows a mask rejects go to a spare group, sparse measures not asked for
 * to a spare measure (a mispredicted branch a row cost more than the additions it saves).
 */
import type { Ints } from './grow.ts';

export interface KernelInput {
  masks: Uint8Array[];
  /** The masked columns' codes, in the order of `masks`. */
  maskCodes: Ints[];
  /** Grouped-by columns' codes and strides: group = day base + Σ code × stride. */
  groupCodes: Ints[];
  strides: number[];
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
  /** One group (no `day`, no columns): the sums are kept in locals, not stored a row at a time. */
  single: boolean;
}

/** Adds rows start … end − 1 (of one day), whose groups start at `dayBase`; returns the entry after theirs. */
export type Kernel = (start: number, end: number, dayBase: number, entry: number) => number;

const factories = new Map<string, (input: KernelInput) => Kernel>();

export function kernelFor(input: KernelInput): Kernel {
  const shape = [input.masks.length, input.groupCodes.length, input.dense.length, input.sparse ? 1 : 0] as const;
  const key = `${shape.join(':')}:${input.single}`;
  let factory = factories.get(key);
  if (!factory) {
    // The source is built from counts only (no data enters it), so there is nothing to escape.
    const body = input.single ? singleSource(shape[0], shape[2], shape[3]) : source(...shape);
    factory = new Function('a', body) as (i: KernelInput) => Kernel;
    factories.set(key, factory);
  }
  return factory(input);
}

const each = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i));

function source(masks: number, groups: number, dense: number, sparse: number): string {
  return [
    ...each(masks, (i) => `const m${i} = a.masks[${i}], c${i} = a.maskCodes[${i}];`),
    ...each(groups, (i) => `const g${i} = a.groupCodes[${i}], s${i} = a.strides[${i}];`),
    ...each(dense, (i) => `const d${i} = a.dense[${i}], o${i} = a.denseSlots[${i}];`),
    sparse
      ? 'const counts = a.sparse.counts, index = a.sparse.index, values = a.sparse.values, slot = a.sparse.slot;'
      : '',
    'const sums = a.sums, seen = a.seen, width = a.width, spare = a.spare;',
    'return function kernel(start, end, dayBase, entry) {',
    '  for (let r = start; r < end; r++) {',
    `    const pass = ${masks ? each(masks, (i) => `m${i}[c${i}[r]]`).join(' & ') : '1'};`,
    `    const group = spare + (dayBase${each(groups, (i) => ` + g${i}[r] * s${i}`).join('')} - spare) * pass;`,
    '    seen[group] = 1;',
    '    const base = group * width;',
    ...each(dense, (i) => `    sums[base + o${i}] += d${i}[r];`),
    sparse
      ? '    for (const last = entry + counts[r]; entry < last; entry++) sums[base + slot[index[entry]]] += values[entry];'
      : '',
    '  }',
    '  return entry;',
    '};',
  ].join('\n');
}

/** One group: rejected rows add zeros (× pass) rather than going to the spare group. */
function singleSource(masks: number, dense: number, sparse: number): string {
  return [
    ...each(masks, (i) => `const m${i} = a.masks[${i}], c${i} = a.maskCodes[${i}];`),
    ...each(dense, (i) => `const d${i} = a.dense[${i}], o${i} = a.denseSlots[${i}];`),
    sparse
      ? 'const counts = a.sparse.counts, index = a.sparse.index, values = a.sparse.values, slot = a.sparse.slot;'
      : '',
    'const sums = a.sums, seen = a.seen;',
    'return function kernel(start, end, dayBase, entry) {',
    `  let any = 0${each(dense, (i) => `, t${i} = 0`).join('')};`,
    '  for (let r = start; r < end; r++) {',
    `    const pass = ${masks ? each(masks, (i) => `m${i}[c${i}[r]]`).join(' & ') : '1'};`,
    '    any |= pass;',
    ...each(dense, (i) => `    t${i} += d${i}[r] * pass;`),
    sparse
      ? '    for (const last = entry + counts[r]; entry < last; entry++) sums[slot[index[entry]]] += values[entry] * pass;'
      : '',
    '  }',
    ...each(dense, (i) => `  sums[o${i}] += t${i};`),
    '  seen[0] |= any;',
    '  return entry;',
    '};',
  ].join('\n');
}
