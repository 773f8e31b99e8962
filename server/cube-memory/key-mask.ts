/**
 * The key mask of a selection in one pass over the keys: for every key, the AND of each filtered
 * dimension's code mask at the key's code. Generated per number of dimensions and kind of code
 * array (as the scan's kernel, kernel.ts): a loop per dimension over arrays of mixed kinds was
 * several times slower on tables of ~175 k keys, and it runs on every new filter combination.
 */
import type { Ints } from './grow.ts';

export interface DimensionMask {
  /** 1 for each code of the dimension the filters admit. */
  admitted: Uint8Array;
  /** Each key's code in that dimension. */
  codes: Ints;
}

type Fill = (mask: Uint8Array, parts: readonly DimensionMask[]) => number;
const fills = new Map<string, Fill>();

/** Writes the keys' mask; returns 1 when some key is admitted, else 0. */
export function fillKeyMask(mask: Uint8Array, parts: readonly DimensionMask[]): number {
  const shape = parts.map((p) => p.codes.constructor.name).join(' ');
  let fill = fills.get(shape);
  if (!fill) {
    // Built from the parts' count only (no data enters the source), so there is nothing to escape.
    const locals = parts.map((_, i) => `const a${i} = parts[${i}].admitted, c${i} = parts[${i}].codes;`);
    const test = parts.map((_, i) => `a${i}[c${i}[key]]`).join(' & ');
    fill = new Function(
      'mask',
      'parts',
      `${locals.join('\n')}
let any = 0;
for (let key = 0; key < mask.length; key++) {
  const admitted = ${test};
  mask[key] = admitted;
  any |= admitted;
}
return any;`,
    ) as Fill;
    fills.set(shape, fill);
  }
  return fill(mask, parts);
}
