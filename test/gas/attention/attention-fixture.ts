/**
 * A school term built through the add-on's own endpoints (dist/Code.js loaded as Apps Script loads it), with what
 * the curator should be shown on 20 January 2026 known from how it was built: the attention tests count against it.
 */
import type { Workspace } from '../../../emulator/workspace';
import { invoke } from '../../browser/match-fixture';
import { settledWorkbook } from '../../browser/order-fixture';
import { menteeInput, mentorInput } from '../registry-fixture';

/** The day the list is looked at: 20.01.2026, 10:00 in Moscow. */
export const TODAY = '2026-01-20';
export const TODAY_AT = Date.parse('2026-01-20T07:00:00Z');

const PAIR = { form: 'педагог – педагог', kinds: ['традиционное (один на один)'] };
const entered = { enteredOn: '2025-09-01' };

/**
 * Mentors НК-0001 Иванова, НК-0002 Осадчий, НК-0003 Петров (no consent); mentees НЯ-0001 Шевчук, НЯ-0002 Кузьмич,
 * НЯ-0003 Орлова (waits, her support noted), НЯ-0004 Фролова (waits, no consent), НЯ-0005 Лисина (her pair ended early on 20.11.2025).
 * ПГ-0001 Иванова–Шевчук: assigned by order № 1, «идёт», programme ПР-0001 ends 10.02.2026; events МП-0001
 * (overdue), МП-0002 (done), МП-0003 (due 01.02.2026). ПГ-0002 Осадчий–Кузьмич: «утверждена» without an order,
 * programme to 31.05.2026, event МП-0004 overdue. ПГ-0003 Иванова–Лисина: ended early, event МП-0005 past its date.
 */
export function termWorkbook(): Workspace {
  const ws = settledWorkbook();
  const call = <T>(fn: string, ...args: unknown[]): T => invoke<T>(ws, fn, ...args);
  call(
    'addMentor',
    mentorInput({ surname: 'Иванова', firstName: 'Мария', patronymic: 'Петровна', ...entered }),
  );
  call(
    'addMentor',
    mentorInput({ surname: 'Осадчий', firstName: 'Лев', patronymic: 'Андреевич', ...entered }),
  );
  const { consentDate: _none, ...withoutConsent } = mentorInput({ surname: 'Петров', firstName: 'Игорь' });
  call('addMentor', { ...withoutConsent, consent: false });
  for (const [surname, firstName, consent] of [
    ['Шевчук', 'Любовь', true],
    ['Кузьмич', 'Никита', true],
    ['Орлова', 'Дарья', true],
    ['Фролова', 'Ольга', false],
    ['Лисина', 'Вера', true],
  ] as const) {
    // What Орлова is given while she waits is noted where the sheet has room for it: her «Примечание».
    const note = surname === 'Орлова' ? { note: 'Посещает школу молодого педагога' } : {};
    call('addMentee', menteeInput({ surname, firstName, consent, ...entered, ...note }));
  }
  call('createMentorship', { ...PAIR, mentorId: 'НК-0001', menteeIds: ['НЯ-0001'] });
  call('createMentorship', { ...PAIR, mentorId: 'НК-0002', menteeIds: ['НЯ-0002'] });
  call('createMentorship', { ...PAIR, mentorId: 'НК-0001', menteeIds: ['НЯ-0005'] });
  const order = { kind: 'assign-mentorships', date: '2025-09-10', mentorshipIds: ['ПГ-0001'] };
  call('createOrder', order, 'attention-order-01');
  call('setOrderStatus', { orderId: 'ПК-0001', status: 'подписан' }, 'attention-sign-01');
  call('updateMentorship', { id: 'ПГ-0001', status: 'идёт' });
  call('updateMentorship', { id: 'ПГ-0002', status: 'утверждена' });
  call('updateMentorship', { id: 'ПГ-0003', status: 'утверждена' });
  call('updateMentorship', { id: 'ПГ-0003', status: 'идёт' });
  const event = (name: string, deadline: string, doneDate?: string) => ({
    direction: 'методические',
    event: name,
    deadline,
    done: doneDate !== undefined,
    ...(doneDate ? { doneDate } : {}),
  });
  const programme = (endDate: string) => ({ title: 'Адаптация', startDate: '2025-09-15', endDate });
  call('saveProgrammePlan', {
    mentorshipId: 'ПГ-0001',
    programme: programme('2026-02-10'),
    events: [
      event('Посещение занятий наставника', '2025-10-31'),
      event('Разработка конспекта', '2025-11-30', '2025-11-25'),
      event('Открытое занятие', '2026-02-01'),
    ],
  });
  call('saveProgrammePlan', {
    mentorshipId: 'ПГ-0002',
    programme: programme('2026-05-31'),
    events: [event('Мастер-класс', '2025-12-15')],
  });
  call('saveProgrammePlan', {
    mentorshipId: 'ПГ-0003',
    programme: programme('2026-03-31'),
    events: [event('Анализ занятия', '2025-10-15')],
  });
  ws.rt.now = Date.parse('2025-11-20T07:00:00Z');
  call('updateMentorship', {
    id: 'ПГ-0003',
    status: 'прекращена досрочно',
    reason: 'по обоюдному решению (уважительные обстоятельства)',
  });
  ws.rt.now = TODAY_AT;
  return ws;
}
