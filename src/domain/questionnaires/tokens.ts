/**
 * Tokens of personal links: 128 random bits the caller supplies (the adapter takes them from Utilities.getUuid),
 * written in 26 letters and digits. A token says nothing about whom it names: the registry maps it to a
 * questionnaire, a person, a role and a pair, and records which response used it.
 */
import type { RespondentRole } from './model';

/** Random bytes per token: 128 bits, as unguessable as a UUID. */
export const TOKEN_BYTES = 16;

// Crockford's base 32 in lower case: no i, l, o or u, so a token read aloud or retyped is not misread.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Whom a token names in one questionnaire. `personId` is '' for the curator; `pairId` '' outside a pair. */
export interface TokenGrant {
  readonly questionnaireId: string;
  readonly personId: string;
  readonly role: RespondentRole;
  readonly pairId: string;
}

/** A token in the registry: issued until a response uses it, then used by that response. */
export interface TokenRecord extends TokenGrant {
  readonly token: string;
  readonly state: 'issued' | 'used';
  /** The response that used it; '' while issued. */
  readonly usedBy: string;
  readonly usedAt: Date | null;
}

/** A response that claimed a token: what the registry records. */
export interface TokenUse {
  readonly token: string;
  readonly responseId: string;
  readonly submittedAt: Date;
}

/** The token of 16 random bytes (0–255 each); more bytes are ignored. */
export function makeToken(bytes: readonly number[]): string {
  if (bytes.length < TOKEN_BYTES || bytes.some((b) => !Number.isInteger(b) || b < 0 || b > 255)) {
    throw new Error(`A token takes ${TOKEN_BYTES} random bytes, got ${JSON.stringify(bytes)}`);
  }
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes.slice(0, TOKEN_BYTES)) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  return bits > 0 ? out + ALPHABET[(buffer << (5 - bits)) & 31] : out;
}

/** A token as a respondent's form gives it back: spaces dropped, lower case. */
export function normaliseToken(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * Tokens for `grants`: a grant that already has one gets it back (a resent link is the same link), the others a
 * new one from `randomBytes`. Returns the registry with the new records and the record of each grant in order.
 */
export function issueTokens(
  grants: readonly TokenGrant[],
  registry: readonly TokenRecord[],
  randomBytes: () => readonly number[],
): { registry: TokenRecord[]; tokens: TokenRecord[] } {
  const all = [...registry];
  const taken = new Set(all.map((r) => r.token));
  const tokens = grants.map((grant) => {
    const known = all.find((r) => sameGrant(r, grant));
    if (known) return known;
    const token = makeToken(randomBytes());
    if (taken.has(token)) throw new Error('The random source repeated itself: a token was issued twice');
    taken.add(token);
    const record: TokenRecord = { ...grant, token, state: 'issued', usedBy: '', usedAt: null };
    all.push(record);
    return record;
  });
  return { registry: all, tokens };
}

/** The registry after `uses`: each used token records its response; a token already used keeps its first. */
export function recordUses(registry: readonly TokenRecord[], uses: readonly TokenUse[]): TokenRecord[] {
  const byToken = new Map(uses.map((u) => [u.token, u]));
  return registry.map((r) => {
    const use = byToken.get(r.token);
    if (!use || r.state === 'used') return r;
    return { ...r, state: 'used', usedBy: use.responseId, usedAt: use.submittedAt };
  });
}

function sameGrant(a: TokenGrant, b: TokenGrant): boolean {
  return (
    a.questionnaireId === b.questionnaireId &&
    a.personId === b.personId &&
    a.role === b.role &&
    a.pairId === b.pairId
  );
}
