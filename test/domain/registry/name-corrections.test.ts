import { ANONYMISED_NAME, anonymise } from '../../../src/domain/registry/anonymise';
import type { NameCorrection } from '../../../src/domain/registry/entities/name-correction';
import { nameOptionsByPerson } from '../../../src/domain/registry/name-corrections';
import type { Located } from '../../../src/domain/registry/read-table';
import type { SheetRow } from '../../../src/domain/registry/sheet-row';
import type { TableKey } from '../../../src/domain/registry/tables';
import { nameCorrectionIssues } from '../../../src/domain/registry/rules/name-corrections';
import { declineName } from '../../../src/domain/russian';

describe('«Склонение ФИО» applied to names', () => {
  it('gives each person their own form per case and their gender, the first row of a case winning', () => {
    const options = nameOptionsByPerson([
      { personId: 'нк-3', case: 'дательный', form: ' Мамедову  Эльчину Рашид оглы ' },
      { personId: 'НК-0003', case: 'дательный', form: 'Мамедову Эльчину Рашиду оглы' },
      { personId: 'НЯ-0001', gender: 'м' },
      { personId: 'НЯ-0001', case: 'родительный' }, // a case without its form applies nothing
      { personId: 'не ID', case: 'дательный', form: 'Кому-то' },
    ]);
    expect([...options.keys()]).toEqual(['НК-0003', 'НЯ-0001']);
    expect(options.get('НК-0003')).toEqual({ corrections: { dative: 'Мамедову  Эльчину Рашид оглы' } });
    expect(options.get('НЯ-0001')).toEqual({ gender: 'male' });
    const mamedov = { surname: 'Мамедов', firstName: 'Эльчин', patronymic: 'Рашид оглы' };
    expect(declineName(mamedov, 'dative', options.get('НК-0003'))).toBe('Мамедову Эльчину Рашид оглы');
    expect(declineName(mamedov, 'genitive', options.get('НК-0003'))).toBe('Мамедова Эльчина Рашида оглы');
    // The recorded gender declines a name the patronymic cannot tell: a man's surname on a consonant changes.
    const kim = { surname: 'Ким', firstName: 'Саша' };
    expect(declineName(kim, 'dative', options.get('НЯ-0001'))).toBe('Киму Саше');
  });

  it('keys a correction by the person, so a mentor linked to «Наставляемые» gets what either ID has', () => {
    const linked = new Map([['НК-0002', 'НЯ-0005']]);
    const options = nameOptionsByPerson(
      [{ personId: 'НК-0002', case: 'творительный', form: 'Кузьмичем Никитой Ильичом' }],
      (id) => linked.get(id) ?? id,
    );
    expect(options.get('НЯ-0005')?.corrections?.instrumental).toBe('Кузьмичем Никитой Ильичом');
  });
});

describe('«Проверить данные» on «Склонение ФИО»', () => {
  const row = (rowNumber: number, values: Partial<NameCorrection>): Located<NameCorrection> => ({
    id: `СФ-000${rowNumber}`,
    personId: 'НК-0001',
    rowNumber,
    ...values,
  });
  const people = new Set(['НК-0001', 'НЯ-0001']);

  it('reports an unknown person, a case without its form and back, a second row of a case, two genders', () => {
    const issues = nameCorrectionIssues(
      [
        row(2, { case: 'дательный', form: 'Ивановой Марии Петровне' }),
        row(3, { personId: 'НК-0009', case: 'дательный', form: 'Петрову' }),
        row(4, { personId: 'Иванова', case: 'дательный', form: 'Ивановой' }),
        row(5, { personId: 'НЯ-0001', case: 'родительный' }),
        row(6, { personId: 'НЯ-0001', form: 'Шевчук Любови Павловне' }),
        row(7, { case: 'дательный', form: 'Ивановой Марье Петровне' }),
        row(8, { gender: 'ж' }),
        row(9, { gender: 'м' }),
        row(10, { personId: 'НЯ-0001' }), // emptied by consent withdrawal: nothing to say
      ],
      people,
    );
    expect(issues).toEqual([
      {
        row: 3,
        key: 'personId',
        message:
          'человека с ID НК-0009 нет ни на листе «Наставники», ни на листе «Наставляемые» (возможно, строка ' +
          'удалена). Укажите ID существующего человека или удалите строку',
      },
      {
        row: 4,
        key: 'personId',
        message:
          '«Иванова» — не ID человека. Укажите ID наставника (НК-…) или наставляемого (НЯ-…), например НК-0003',
      },
      {
        row: 5,
        key: 'form',
        message:
          'не заполнено: впишите ФИО в этом падеже так, как его писать в документах, или удалите строку',
      },
      { row: 6, key: 'case', message: 'не указан падеж: выберите в списке, в каком падеже ФИО пишется так' },
      {
        row: 7,
        key: 'case',
        message:
          'для НК-0001 дательный падеж уже указан в строке 2, и документы берут ту строку. Оставьте одну из двух',
      },
      {
        row: 9,
        key: 'gender',
        message: 'для НК-0001 в строке 8 указан пол «ж», и документы берут его. Оставьте один пол',
      },
    ]);
  });
});

describe('consent withdrawal and «Склонение ФИО»', () => {
  const bank = (id: string, surname: string, firstName: string) => ({
    rowNumber: id.endsWith('1') ? 2 : 3,
    cells: { id, surname, firstName, patronymic: 'Рашид оглы', consent: true, active: true },
  });
  const tables: Partial<Record<TableKey, SheetRow[]>> = {
    mentors: [bank('НК-0001', 'Мамедов', 'Эльчин'), bank('НК-0002', 'Мамедов', 'Фарид')],
    'name-corrections': [
      {
        rowNumber: 2,
        cells: { id: 'СФ-0001', personId: 'НК-0001', case: 'дательный', form: 'Мамедову Эльчину Рашид оглы' },
      },
      { rowNumber: 3, cells: { id: 'СФ-0002', personId: 'нк-1', gender: 'м' } },
      {
        rowNumber: 4,
        cells: { id: 'СФ-0003', personId: 'НК-0002', case: 'дательный', form: 'Мамедову Фариду Рашид оглы' },
      },
    ],
  };

  it("empties the person's rows but for the IDs, and leaves a namesake's rows as they are", () => {
    const changes = anonymise(['НК-0001'], tables).filter((c) => c.table === 'name-corrections');
    expect(changes).toEqual([
      { table: 'name-corrections', rowNumber: 2, id: 'СФ-0001', column: 'case', value: '' },
      { table: 'name-corrections', rowNumber: 2, id: 'СФ-0001', column: 'form', value: '' },
      { table: 'name-corrections', rowNumber: 3, id: 'СФ-0002', column: 'gender', value: '' },
    ]);
    const bankChange = anonymise(['НК-0001'], tables).find((c) => c.column === 'surname');
    expect(bankChange).toMatchObject({ table: 'mentors', id: 'НК-0001', value: ANONYMISED_NAME });
  });
});
