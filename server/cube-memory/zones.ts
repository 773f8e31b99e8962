/** Zone summaries of a memory table (see `Zones` in table.ts), computed once its rows are in. */
import type { Ints } from './grow.ts';
import { type KeyColumn, SORTED_DIMENSIONS, ZONE_ROWS, type Zones } from './table.ts';

export function buildZones(rows: number, keyOf: Ints, keys: Record<string, KeyColumn>, entryCounts: Ints): Zones {
  const zones = Math.ceil(rows / ZONE_ROWS);
  const bits: Zones['bits'] = {};
  for (const dimension of SORTED_DIMENSIONS) {
    const column = keys[dimension];
    // Wider dictionaries would need more than a 32-bit set per zone; those columns are not zoned.
    if (!column || column.values.length > 32) continue;
    const zoneBits = new Uint32Array(zones);
    for (let r = 0; r < rows; r++) {
      const z = (r / ZONE_ROWS) | 0;
      zoneBits[z] = ((zoneBits[z] as number) | (1 << (column.codes[keyOf[r] as number] as number))) >>> 0;
    }
    bits[dimension] = zoneBits;
  }
  const entryStarts = new Float64Array(zones + 1);
  let entry = 0;
  for (let r = 0; r < rows; r++) {
    if (r % ZONE_ROWS === 0) entryStarts[r / ZONE_ROWS] = entry;
    entry += entryCounts[r] as number;
  }
  entryStarts[zones] = entry;
  return { bits, entryStarts };
}

/** The zone bits a mask over a zoned column's codes wants (bit c for each admitted code c). */
export function wantedBits(mask: Uint8Array): number {
  let bits = 0;
  for (let c = 0; c < mask.length; c++) if (mask[c] === 1) bits |= 1 << c;
  return bits;
}
