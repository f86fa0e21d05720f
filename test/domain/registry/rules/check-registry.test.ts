import { checkRules } from '../../../../src/domain/registry/rules/check-rules';
import { mentee, mentor, pair } from './fixtures';

const at = <T>(rowNumber: number, entity: T) => ({ ...entity, rowNumber });

describe('checking the registry’s rules across sheets', () => {
  it('finds nothing wrong in a consistent registry', () => {
    const problems = checkRules({
      mentors: [at(2, mentor())],
      mentees: [at(2, mentee())],
      mentorships: [at(2, pair({ status: 'идёт' }))],
      programmes: [
        at(2, { id: 'ПР-0001', mentorshipId: 'ПГ-0001', startDate: '2025-09-01', endDate: '2026-05-31' }),
      ],
    });
    expect(problems).toEqual([]);
  });

  it('points at the row and column of each broken rule', () => {
    const problems = checkRules(
      {
        mentors: [at(2, mentor({ capacity: 1 }))],
        mentees: [at(2, mentee({ consent: false })), at(3, mentee({ id: 'НЯ-0002' }))],
        mentorships: [at(4, pair({ status: 'идёт', menteeIds: ['НЯ-0001', 'НЯ-0002'] }))],
        programmes: [
          at(5, { id: 'ПР-0001', mentorshipId: 'ПГ-0001', startDate: '2025-09-01', endDate: '2025-10-01' }),
        ],
      },
      { mentors: { capacity: 'Сколько может вести' } },
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Лист «Пары и группы», строка 4, столбец «Виды наставничества»: Группа ПГ-0001: 2 наставляемых, добавьте вид «в группе».',
      'Лист «Пары и группы», строка 4, столбец «Наставляемые (ID)»: нет согласия на обработку персональных данных у Петрова Анна Сергеевна (НЯ-0001). Отметьте согласие на листе «Наставляемые», когда оно получено, или исключите человека из пары',
      'Лист «Наставники», строка 2, столбец «Сколько может вести»: у наставника 2 наставляемых, а указано не более 1. Увеличьте число или передайте часть наставляемых другому наставнику',
      'Лист «Программы», строка 5, столбец «Окончание»: Программа короче 3 месяцев: с 01.09.2025 по 01.10.2025. Укажите окончание не раньше 30.11.2025.',
    ]);
  });

  it('reports every row of a mentee in two pairs or groups in work at its «Наставляемые (ID)» cell', () => {
    const problems = checkRules({
      mentors: [at(2, mentor()), at(3, mentor({ id: 'НК-0002', surname: 'Лебедева' }))],
      mentees: [at(2, mentee()), at(3, mentee({ id: 'НЯ-0002' }))],
      mentorships: [
        at(2, pair({ status: 'идёт' })),
        at(
          3,
          pair({
            id: 'ПГ-0002',
            mentorId: 'НК-0002',
            kinds: ['в группе'],
            menteeIds: ['НЯ-0002', 'НЯ-0001'],
          }),
        ),
        at(4, pair({ id: 'ПГ-0003', status: 'завершена' })),
      ],
      programmes: [],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'Лист «Пары и группы», строка 2, столбец «Наставляемые (ID)»: Пара ПГ-0001: наставляемый Петрова Анна Сергеевна (НЯ-0001) в работе ещё и в группе ПГ-0002 наставника Лебедева Мария Петровна (НК-0002), а может быть только в одной паре или группе в работе. Если это повтор, удалите лишнюю строку; если одна из них уже закончилась, поставьте ей статус «завершена» или «прекращена досрочно»; иначе уберите наставляемого из всех, кроме одной.',
      'Лист «Пары и группы», строка 3, столбец «Наставляемые (ID)»: Группа ПГ-0002: наставляемый Петрова Анна Сергеевна (НЯ-0001) в работе ещё и в паре ПГ-0001 наставника Иванова Мария Петровна (НК-0001), а может быть только в одной паре или группе в работе. Если это повтор, удалите лишнюю строку; если одна из них уже закончилась, поставьте ей статус «завершена» или «прекращена досрочно»; иначе уберите наставляемого из всех, кроме одной.',
    ]);
  });

  it('does not ask for consent in a finished pair', () => {
    const problems = checkRules({
      mentors: [at(2, mentor({ consent: false }))],
      mentees: [at(2, mentee())],
      mentorships: [at(2, pair({ status: 'завершена' }))],
      programmes: [],
    });
    expect(problems).toEqual([]);
  });
});
