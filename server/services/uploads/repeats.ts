/**
 * Requests given twice in one file, found in fixed memory: a Bloom filter of (source, externalId)
 * keys flags possible repeats while the preview reads the file; only when something was flagged is
 * the file read again, to find every line of each flagged key. A false alarm costs that re-read,
 * never a wrong problem. 4 MB of bits keep false alarms under 0.1 % of keys up to a million requests.
 */
import { createHash } from 'node:crypto';

const BITS = 2 ** 25;
const HASHES = 3;

export class RepeatFilter {
  private readonly bits = new Uint32Array(BITS / 32);
  /** Keys seen (probably) more than once; bounded by the repeats plus the false alarms. */
  readonly suspects = new Set<string>();

  /** Adds a key; remembers it as a suspect when every one of its bits was set already. */
  add(key: string): void {
    const digest = createHash('sha1').update(key).digest();
    let seen = true;
    for (let i = 0; i < HASHES; i++) {
      const bit = digest.readUInt32LE(i * 4) % BITS;
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if (((this.bits[word] ?? 0) & mask) === 0) seen = false;
      this.bits[word] = (this.bits[word] ?? 0) | mask;
    }
    if (seen) this.suspects.add(key);
  }
}
