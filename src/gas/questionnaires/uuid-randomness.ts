/**
 * Random bytes from `Utilities.getUuid()`, which the reference describes as `java.util.UUID.randomUUID()`: a
 * version 4 UUID from a secure generator. Its version nibble and the variant nibble's fixed bits are dropped, so
 * each UUID gives 15 random bytes.
 */
import type { TokenRandomness } from '../../ports/questionnaire-forms';

/** Token randomness on Apps Script. */
export class UuidRandomness implements TokenRandomness {
  bytes(count: number): number[] {
    const out: number[] = [];
    while (out.length < count) {
      const hex = Utilities.getUuid().replace(/-/g, '').toLowerCase();
      if (!/^[0-9a-f]{32}$/.test(hex)) throw new Error(`Utilities.getUuid gave ${hex}`);
      // Nibble 12 is the version (4); nibble 16 holds the variant's two fixed bits.
      const random = hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17);
      for (let i = 0; i < random.length && out.length < count; i += 2) {
        out.push(parseInt(random.slice(i, i + 2), 16));
      }
    }
    return out;
  }
}
