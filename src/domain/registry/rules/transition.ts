import { EARLY_END_REASONS, type MentorshipStatus } from '../../vocabulary';
import { UserError } from '../../user-error';
import { formatRuDate, isIsoDate, type IsoDate } from '../dates';
import { isGroup, type Mentorship } from '../entities/mentorship';
import { matchOption } from '../options';

/** Where a pair or group may go from each status (docs/architecture.md lifecycle); nothing else is allowed. */
export const TRANSITIONS: Readonly<Record<MentorshipStatus, readonly MentorshipStatus[]>> = {
  проект: ['утверждена'],
  утверждена: ['идёт'],
  идёт: ['завершена', 'прекращена досрочно', 'продлена'],
  продлена: ['идёт', 'завершена', 'прекращена досрочно'],
  завершена: [],
  'прекращена досрочно': [],
};

/** What a status change needs besides the target status. */
export interface TransitionDetails {
  /** Today in the spreadsheet's time zone: the start or the actual end when they are not given. */
  readonly today: IsoDate;
  /** For «прекращена досрочно»: one of EARLY_END_REASONS. */
  readonly reason?: string;
  /** For «продлена»: the new planned end, after the old one. */
  readonly newEndDate?: IsoDate;
  /** For «утверждена»: the order that approved it. */
  readonly orderId?: string;
}

/**
 * Moves a pair or group to another status: returns the changed mentorship, or a `UserError` saying why not and
 * what is allowed. Never mutates its input.
 */
export function transition(
  mentorship: Mentorship,
  to: MentorshipStatus,
  details: TransitionDetails,
): Mentorship | UserError {
  const noun = isGroup(mentorship) ? 'группу' : 'пару';
  const what = `${noun[0].toUpperCase()}${noun.slice(1)} ${mentorship.id}`;
  const from = mentorship.status;
  if (!TRANSITIONS[from].includes(to)) {
    const allowed = TRANSITIONS[from];
    const hint = allowed.length
      ? `Из статуса «${from}» можно перейти только в: ${allowed.map((s) => `«${s}»`).join(', ')}.`
      : `Статус «${from}» окончательный.`;
    return new UserError(`${what} нельзя перевести из статуса «${from}» в «${to}». ${hint}`);
  }
  const next: Mentorship = { ...mentorship, status: to };
  switch (to) {
    case 'утверждена':
      if (details.orderId) next.orderId = details.orderId;
      break;
    case 'идёт':
      next.startDate = mentorship.startDate ?? details.today;
      break;
    case 'завершена':
      next.actualEndDate = details.today;
      break;
    case 'прекращена досрочно': {
      const reason = matchOption(details.reason ?? '', EARLY_END_REASONS);
      if (!reason) {
        const list = EARLY_END_REASONS.map((r) => `«${r}»`).join('; ');
        return new UserError(`Чтобы прекратить ${noun} ${mentorship.id} досрочно, укажите причину: ${list}.`);
      }
      next.endReason = reason as Mentorship['endReason'];
      next.actualEndDate = details.today;
      break;
    }
    case 'продлена': {
      const newEnd = details.newEndDate;
      if (!newEnd || !isIsoDate(newEnd)) {
        return new UserError(`Чтобы продлить ${noun} ${mentorship.id}, укажите новую дату окончания.`);
      }
      const oldEnd = mentorship.endDate ?? details.today;
      if (newEnd <= oldEnd) {
        return new UserError(
          `Новая дата окончания (${formatRuDate(newEnd)}) должна быть позже прежней (${formatRuDate(oldEnd)}).`,
        );
      }
      next.endDate = newEnd;
      break;
    }
    default:
      break;
  }
  return next;
}
