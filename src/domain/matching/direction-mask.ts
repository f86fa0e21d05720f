/** Directions as bit sets over DIRECTIONS: set operations on requests and competencies in one instruction. */
import { DIRECTIONS, type Direction } from '../vocabulary';

/** Turns directions into a bit set (bit i = DIRECTIONS[i]); unknown words are ignored. */
export function directionMask(directions: readonly Direction[]): number {
  let mask = 0;
  for (const direction of directions) {
    const index = DIRECTIONS.indexOf(direction);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

/** The directions of a bit set, in the canonical DIRECTIONS order. */
export function maskDirections(mask: number): Direction[] {
  return DIRECTIONS.filter((_, index) => (mask & (1 << index)) !== 0);
}

/** How many directions a bit set holds. */
export function maskSize(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}
