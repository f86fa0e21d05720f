/**
 * Quality per pair or group from the satisfaction answers of its mentor and mentees, and the pairs a curator should
 * look at: a low score, someone who does not want to go on, someone who has not answered.
 */
import { countRu, formatNumber } from '../russian/plural';
import { NO } from './answers';
import { latestByPerson, oneDecimal } from './latest-rows';
import type { ResultRow } from './result-row';

/** Who is in a pair or group. */
export interface PairParticipants {
  readonly pairId: string;
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
}

/** A pair's score (the mean of its members' satisfaction indices) and who answered what. */
export interface PairQuality {
  readonly pairId: string;
  readonly score: number | null;
  readonly answered: readonly string[];
  readonly missing: readonly string[];
  /** Members who answered «нет» to «Хотели бы Вы продолжить…». */
  readonly wishToStop: readonly string[];
}

/** A pair that needs the curator, with why in Russian. */
export interface Attention {
  readonly pairId: string;
  readonly reasons: readonly string[];
}

/** The score below which a pair needs attention, on the 1–10 scale. */
export const LOW_SCORE = 6;

/** Each pair's quality from the rows of the mentee's and the mentor's satisfaction questionnaires. */
export function pairQuality(pairs: readonly PairParticipants[], rows: readonly ResultRow[]): PairQuality[] {
  return pairs.map((pair) => {
    const members = [pair.mentorId, ...pair.menteeIds];
    const latest = latestByPerson(rows.filter((r) => r.pairId === pair.pairId));
    const answered = members.filter((id) => latest.has(id));
    const scores = answered
      .map((id) => latest.get(id)?.indices.satisfaction)
      .filter((s): s is number => typeof s === 'number');
    return {
      pairId: pair.pairId,
      score: scores.length ? oneDecimal(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
      answered,
      missing: members.filter((id) => !latest.has(id)),
      wishToStop: answered.filter((id) => latest.get(id)?.indices.wishToContinue === NO),
    };
  });
}

/** The pairs that need attention, in the order given, each with its reasons. */
export function pairsNeedingAttention(
  qualities: readonly PairQuality[],
  pairs: readonly PairParticipants[],
  lowScore = LOW_SCORE,
): Attention[] {
  return qualities.flatMap((q) => {
    const mentorId = pairs.find((p) => p.pairId === q.pairId)?.mentorId;
    const who = (id: string) => `${id === mentorId ? 'наставник' : 'наставляемый'} ${id}`;
    const reasons = [
      ...(q.score !== null && q.score < lowScore
        ? [`низкая оценка удовлетворённости: ${formatNumber(q.score)} из 10`]
        : []),
      ...q.wishToStop.map((id) => `${who(id)} не хочет продолжать работу в программе`),
      ...(q.missing.length
        ? [
            `нет ответа от ${countRu(q.missing.length, ['участника', 'участников', 'участников'])}: ` +
              q.missing.map(who).join(', '),
          ]
        : []),
    ];
    return reasons.length ? [{ pairId: q.pairId, reasons }] : [];
  });
}
