import { ANONYMISED_NAME, anonymise, documentsToReview } from '../../../src/domain/registry/anonymise';
import { removeMentions } from '../../../src/domain/registry/name-mentions';
import type { SheetRow } from '../../../src/domain/registry/sheet-row';

const ivanova = {
  rowNumber: 2,
  cells: {
    id: 'НК-0001',
    surname: 'Иванова',
    firstName: 'Мария',
    patronymic: 'Петровна',
    email: 'ivanova@example.ru',
    phone: '+7 900 123-45-67',
    position: 'воспитатель',
    experienceYears: 12,
    achievements: 'Победитель конкурса «Воспитатель года»',
    menteeId: 'НЯ-0003',
    consent: true,
    active: true,
  },
};
const namesake: SheetRow = {
  rowNumber: 3,
  cells: { id: 'НК-0002', surname: 'Иванова', firstName: 'Ольга', position: 'логопед', note: 'сестра' },
};
const asMentee: SheetRow = {
  rowNumber: 4,
  cells: {
    id: 'НЯ-0003',
    surname: 'Иванова',
    firstName: 'Мария',
    patronymic: 'Петровна',
    difficulties: 'ИКТ',
    consent: true,
  },
};
const tables = {
  mentors: [ivanova, namesake],
  mentees: [asMentee],
  mentorships: [
    {
      rowNumber: 2,
      cells: {
        id: 'ПГ-0001',
        mentorId: 'НК-0001',
        menteeIds: 'НЯ-0001',
        note: 'Ивановой М.П. звонить: +7 900 123-45-67',
      },
    },
  ],
  programmes: [
    {
      rowNumber: 2,
      cells: {
        id: 'ПР-0001',
        mentorshipId: 'ПГ-0001',
        problem: 'Мария Петровна поможет с ИКТ',
        documentUrl: 'https://docs.google.com/document/d/abc',
      },
    },
  ],
  orders: [
    {
      rowNumber: 2,
      cells: {
        id: 'ПК-0001',
        mentorshipIds: 'ПГ-0001',
        title: 'О закреплении',
        documentUrl: 'https://docs.google.com/document/d/xyz',
      },
    },
  ],
  journal: [
    {
      rowNumber: 5,
      cells: { id: 'ЖР-0005', action: 'Добавлен наставник', details: 'Иванова Мария Петровна (НК-0001)' },
    },
  ],
};

describe('anonymising a person who withdrew consent', () => {
  const changes = anonymise(['НК-0001'], tables);
  const valueOf = (table: string, rowNumber: number, column: string) =>
    changes.find((c) => c.table === table && c.rowNumber === rowNumber && c.column === column)?.value;

  it('replaces the name and empties contacts and free text in the bank, unticking consent', () => {
    expect(valueOf('mentors', 2, 'surname')).toBe(ANONYMISED_NAME);
    for (const column of ['firstName', 'patronymic', 'email', 'phone', 'achievements']) {
      expect(valueOf('mentors', 2, column)).toBe('');
    }
    expect(valueOf('mentors', 2, 'consent')).toBe(false);
  });

  it('keeps the ID, position and experience so the counts still add up', () => {
    const columns = changes.filter((c) => c.table === 'mentors' && c.rowNumber === 2).map((c) => c.column);
    expect(columns).not.toEqual(expect.arrayContaining(['id']));
    expect(columns).not.toContain('position');
    expect(columns).not.toContain('experienceYears');
    expect(changes.every((c) => c.column !== 'menteeIds' && c.column !== 'mentorId')).toBe(true);
  });

  it('removes the same person from the other bank through «Также наставляемый»', () => {
    expect(valueOf('mentees', 4, 'surname')).toBe(ANONYMISED_NAME);
    expect(valueOf('mentees', 4, 'difficulties')).toBe('');
  });

  it('removes mentions of the name, declined, and of the phone from free text everywhere', () => {
    expect(valueOf('mentorships', 2, 'note')).toBe('[удалено] звонить: [удалено]');
    expect(valueOf('programmes', 2, 'problem')).toBe('[удалено] поможет с ИКТ');
    expect(valueOf('journal', 5, 'details')).toBe('[удалено] (НК-0001)');
  });

  it('never rewrites another person’s own name, even a namesake’s', () => {
    expect(changes.filter((c) => c.table === 'mentors' && c.rowNumber === 3)).toEqual([]);
  });

  it('names the generated documents the curator must redact by hand', () => {
    expect(documentsToReview(['НК-0001'], tables)).toEqual([
      { table: 'orders', id: 'ПК-0001', url: 'https://docs.google.com/document/d/xyz' },
      { table: 'programmes', id: 'ПР-0001', url: 'https://docs.google.com/document/d/abc' },
    ]);
  });

  it('changes nothing for a person not in the registry', () => {
    expect(anonymise(['НК-0099'], tables)).toEqual([]);
  });
});

describe('finding a name in text', () => {
  const person = { surname: 'Тимофеева', firstName: 'Елена', patronymic: 'Викторовна' };

  it('finds it in any case ending and with initials either side', () => {
    expect(removeMentions('Объявить благодарность Тимофеевой Елене Викторовне', person)).toBe(
      'Объявить благодарность [удалено]',
    );
    expect(removeMentions('Е.В. Тимофеева и Тимофеевой Е. В.', person)).toBe('[удалено] и [удалено]');
  });

  it('leaves words that merely start like the name', () => {
    expect(removeMentions('Тимофеевская улица', person)).toBe('Тимофеевская улица');
  });
});
