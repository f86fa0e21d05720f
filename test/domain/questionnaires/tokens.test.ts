import {
  issueTokens,
  makeToken,
  normaliseToken,
  recordUses,
  type TokenGrant,
} from '../../../src/domain/questionnaires/tokens';
import { randomBytes } from './sample';

describe('tokens of personal links', () => {
  it('are 26 lower-case letters and digits made from 16 random bytes, and nothing else', () => {
    expect(makeToken(new Array(16).fill(0))).toBe('0'.repeat(26));
    expect(makeToken(new Array(16).fill(255))).toBe(`${'z'.repeat(25)}w`);
    expect(makeToken([...new Array(15).fill(0), 1])).toBe(`${'0'.repeat(25)}4`);
    const next = randomBytes(7);
    const tokens = Array.from({ length: 1000 }, () => makeToken(next()));
    expect(new Set(tokens).size).toBe(1000);
    for (const t of tokens) expect(t).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
  });

  it('refuse too few bytes or values that are not bytes', () => {
    expect(() => makeToken(new Array(15).fill(1))).toThrow('A token takes 16 random bytes');
    expect(() => makeToken([...new Array(15).fill(1), 256])).toThrow('A token takes 16 random bytes');
  });

  it('read back from a form without the spaces and capitals a phone may add', () => {
    expect(normaliseToken(' 0A1B 2c3d\n')).toBe('0a1b2c3d');
  });

  const grant = (personId: string, pairId = 'ПГ-0001'): TokenGrant => ({
    questionnaireId: 'АН-0001',
    personId,
    role: personId.startsWith('НК') ? 'наставник' : 'наставляемый',
    pairId,
  });

  it('are issued once per person, pair and questionnaire: a resent link is the same link', () => {
    const next = randomBytes(1);
    const first = issueTokens([grant('НК-0001'), grant('НЯ-0001')], [], next);
    expect(first.tokens.map((t) => t.state)).toEqual(['issued', 'issued']);
    expect(first.tokens[0].token).not.toContain('0001');
    const again = issueTokens([grant('НЯ-0001'), grant('НЯ-0001', 'ПГ-0002')], first.registry, next);
    expect(again.tokens[0]).toBe(first.tokens[1]);
    expect(again.tokens[1].token).not.toBe(first.tokens[1].token);
    expect(again.registry).toHaveLength(3);
  });

  it('refuse a random source that repeats itself instead of issuing one token twice', () => {
    const same = () => new Array(16).fill(9);
    expect(() => issueTokens([grant('НК-0001'), grant('НЯ-0001')], [], same)).toThrow('repeated itself');
  });

  it('record the first response that used them and never move to another', () => {
    const { registry } = issueTokens([grant('НЯ-0001')], [], randomBytes(2));
    const token = registry[0].token;
    const at = new Date('2025-10-05T11:32:00Z');
    const used = recordUses(registry, [{ token, responseId: 'R1', submittedAt: at }]);
    expect(used[0]).toMatchObject({ state: 'used', usedBy: 'R1', usedAt: at });
    const later = recordUses(used, [
      { token, responseId: 'R2', submittedAt: new Date('2025-10-06T00:00:00Z') },
    ]);
    expect(later[0]).toMatchObject({ usedBy: 'R1' });
  });
});
