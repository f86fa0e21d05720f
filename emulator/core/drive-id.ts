/** The characters of a Drive file id (URL-safe base64). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** How many id characters carry the sequence number: 64^6 ≈ 6.9·10^10 files before ids could repeat. */
const SEQ_CHARS = 6;

/** The length of a Drive file id of a Google Doc, Sheet or Form (44 characters of [A-Za-z0-9_-]). */
export const DRIVE_ID_LENGTH = 44;

/**
 * The Drive file id of the n-th file (n ≥ 0): 44 characters, deterministic, and distinct for every n, because its
 * last six characters spell n in base 64. The filler before them only makes ids look like Drive's; it is mixed
 * with 32-bit integer arithmetic (`Math.imul`, `>>> 0`), so it never loses precision the way floating-point
 * products past 2^53 do. Every emulated Google file (Docs, Sheets, Forms, folders, uploads) takes its id from here,
 * through Drive's one counter.
 */
export function driveFileId(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 64 ** SEQ_CHARS)
    throw new Error(`emulator: no Drive id for file number ${n}`);
  let x = (Math.imul(n + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  let id = '1';
  while (id.length < DRIVE_ID_LENGTH - SEQ_CHARS) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    id += ALPHABET[x & 63];
  }
  let rest = n;
  let tail = '';
  for (let i = 0; i < SEQ_CHARS; i++) {
    tail = ALPHABET[rest % 64] + tail;
    rest = Math.floor(rest / 64);
  }
  return id + tail;
}
