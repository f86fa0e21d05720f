/** Shared data of the questionnaire tests: a seeded random source and responses as the adapter reads them. */
import type { AnswerValue } from '../../../src/domain/questionnaires/answers';
import type { FormResponseRecord } from '../../../src/domain/questionnaires/ingest';

/** A reproducible source of 16 random bytes per call (xorshift32), standing in for Utilities.getUuid. */
export function randomBytes(seed: number): () => number[] {
  let x = (seed * 2654435761) >>> 0 || 1;
  return () =>
    Array.from({ length: 16 }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      return x & 255;
    });
}

/** A response submitted at `minutes` after 09:00 UTC on 5 October 2025, answers by item title. */
export function response(
  id: string,
  minutes: number,
  answers: Record<string, AnswerValue>,
): FormResponseRecord {
  return { responseId: id, submittedAt: new Date(Date.UTC(2025, 9, 5, 9, minutes)), answers };
}
