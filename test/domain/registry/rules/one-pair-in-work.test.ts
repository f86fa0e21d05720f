import {
  menteesPutInWork,
  requireOnePairInWork,
  sharedMentees,
} from '../../../../src/domain/registry/rules/one-pair-in-work';
import { UserError } from '../../../../src/domain/user-error';
import { mentee, mentor, pair } from './fixtures';

const people = {
  mentors: [mentor(), mentor({ id: 'НК-0002', surname: 'Лебедева', firstName: 'Анна' })],
  mentees: [
    mentee(),
    mentee({ id: 'НЯ-0002', surname: 'Орлова', firstName: 'Вера', patronymic: undefined }),
    mentee({ id: 'НЯ-0003', surname: 'Кузнецова', firstName: 'Ирина', patronymic: undefined }),
  ],
};
const group = (fields: Parameters<typeof pair>[0]) =>
  pair({ kinds: ['в группе'], menteeIds: ['НЯ-0002', 'НЯ-0003'], ...fields });
const refusal = (...args: Parameters<typeof requireOnePairInWork>): string => {
  try {
    requireOnePairInWork(...args);
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  return 'не отказано';
};

describe('one pair or group in work per mentee', () => {
  it('refuses the same mentor and mentee twice, saying which pair they already have', () => {
    const existing = pair({ id: 'ПГ-0001', status: 'идёт' });
    expect(refusal(people, [existing], pair({ id: 'ПГ-0002' }))).toBe(
      'У наставника Иванова Мария Петровна (НК-0001) уже есть пара ПГ-0001 с наставляемым ' +
        'Петрова Анна Сергеевна (НЯ-0001), её статус «идёт». Наставляемый может быть только в одной паре ' +
        'или группе в работе: выберите другого наставляемого или, если ПГ-0001 закончилась, сначала ' +
        'переведите её в «завершена» или «прекращена досрочно».',
    );
  });

  it('refuses a mentee already in another mentor’s group, naming the group and its mentor', () => {
    const existing = group({ id: 'ПГ-0004', mentorId: 'НК-0002' });
    expect(refusal(people, [existing], pair({ id: 'ПГ-0005', menteeIds: ['НЯ-0003'] }))).toBe(
      'Наставляемый Кузнецова Ирина (НЯ-0003) уже в группе ПГ-0004 с наставником Лебедева Анна Петровна ' +
        '(НК-0002), её статус «проект». Наставляемый может быть только в одной паре или группе в работе: ' +
        'выберите другого наставляемого или сначала измените состав ПГ-0004.',
    );
  });

  it('refuses a group with a mentee already paired, and names every such mentee', () => {
    const existing = [
      pair({ id: 'ПГ-0001', menteeIds: ['НЯ-0002'] }),
      pair({ id: 'ПГ-0002', mentorId: 'НК-0002', menteeIds: ['НЯ-0003'], status: 'утверждена' }),
    ];
    const message = refusal(people, existing, group({ id: 'ПГ-0003' }));
    expect(message).toContain('уже есть пара ПГ-0001 с наставляемым Орлова Вера (НЯ-0002)');
    expect(message).toContain('Кузнецова Ирина (НЯ-0003) уже в паре ПГ-0002 с наставником Лебедева');
  });

  it('lets a mentee whose pairs are finished or ended early into a new one', () => {
    const finished = [
      pair({ id: 'ПГ-0001', status: 'завершена' }),
      pair({ id: 'ПГ-0002', mentorId: 'НК-0002', status: 'прекращена досрочно' }),
    ];
    expect(refusal(people, finished, pair({ id: 'ПГ-0003' }))).toBe('не отказано');
  });

  it('refuses a mentee chosen twice in one batch, before anything has an ID on the sheet', () => {
    const drafts = [pair({ id: 'ПГ-0001', mentorId: 'НК-0002' })];
    expect(refusal(people, [], pair({ id: 'ПГ-0002' }), { drafts })).toBe(
      'Наставляемый Петрова Анна Сергеевна (НЯ-0001) выбран сразу в нескольких новых парах или группах: ' +
        'оставьте одну — наставляемый может быть только в одной паре или группе в работе.',
    );
  });

  it('on an edit, checks only the mentees it puts in work: added ones, or all under another mentor', () => {
    const before = group({ id: 'ПГ-0003', status: 'идёт' });
    const added = { ...before, menteeIds: ['НЯ-0002', 'НЯ-0003', 'НЯ-0001'] };
    expect(menteesPutInWork(added, before)).toEqual(['НЯ-0001']);
    expect(menteesPutInWork({ ...before, mentorId: 'НК-0002' }, before)).toEqual(['НЯ-0002', 'НЯ-0003']);
    expect(menteesPutInWork({ ...before, status: 'завершена' }, before)).toEqual([]);
    expect(menteesPutInWork(before, { ...before, status: 'завершена' })).toEqual(['НЯ-0002', 'НЯ-0003']);
    const elsewhere = pair({ id: 'ПГ-0001', mentorId: 'НК-0002', status: 'идёт' });
    expect(refusal(people, [elsewhere, before], added, { before })).toContain(
      'Петрова Анна Сергеевна (НЯ-0001) уже в паре ПГ-0001',
    );
    expect(refusal(people, [elsewhere, before], { ...before, note: 'изменена' }, { before })).toBe(
      'не отказано',
    );
  });

  it('finds rows in work that share a mentee, each naming the others, and ignores finished ones', () => {
    const rows = [
      { ...pair({ id: 'ПГ-0001', status: 'идёт' }), rowNumber: 2 },
      { ...pair({ id: 'ПГ-0002' }), rowNumber: 3 },
      { ...pair({ id: 'ПГ-0003', mentorId: 'НК-0002', status: 'завершена' }), rowNumber: 4 },
      { ...pair({ id: 'ПГ-0004', menteeIds: ['НЯ-0002'] }), rowNumber: 5 },
    ];
    const found = sharedMentees(people, rows);
    expect(found.map((f) => f.mentorship.rowNumber)).toEqual([2, 3]);
    expect(found[1].message).toBe(
      'Пара ПГ-0002: наставляемый Петрова Анна Сергеевна (НЯ-0001) в работе ещё и в паре ПГ-0001 того же ' +
        'наставника Иванова Мария Петровна (НК-0001), а может быть только в одной паре или группе в работе. ' +
        'Если это повтор, удалите лишнюю строку; если одна из них уже закончилась, поставьте ей статус ' +
        '«завершена» или «прекращена досрочно»; иначе уберите наставляемого из всех, кроме одной.',
    );
  });
});
