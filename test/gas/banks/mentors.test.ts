import { addMentor, listMentors, updateMentor } from '../endpoints';
import { MENTORS_TABLE } from '../../../src/domain/registry/tables';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('mentor bank from a sidebar', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  const header = () => seen(ws, MENTORS_TABLE.sheetName)[0];
  const column = (key: string) =>
    header().indexOf(MENTORS_TABLE.columns.find((c) => c.key === key)?.header ?? '?');

  it('adds a mentor with the next ID and lists them with places left', () => {
    const first = fromSidebar(ws, () => addMentor(mentorInput()));
    const second = fromSidebar(ws, () => addMentor(mentorInput({ surname: 'Петрова' })));
    expect([first.id, second.id]).toEqual(['НК-0001', 'НК-0002']);
    const list = fromSidebar(ws, () => listMentors());
    expect(list.items.map((m) => [m.id, m.fullName, m.capacityLeft])).toEqual([
      ['НК-0001', 'Иванова Мария Петровна', 2],
      ['НК-0002', 'Петрова Мария Петровна', 2],
    ]);
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });

  it('stores a name typed as a formula as text and reads it back unchanged', () => {
    const evil = '=HYPERLINK("http://evil")';
    const saved = fromSidebar(ws, () => addMentor(mentorInput({ surname: evil, phone: '+7 900 123-45-67' })));
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTORS_TABLE.sheetName);
    const cell = sheet?.getRange(2, column('surname') + 1);
    expect(cell?.getFormula()).toBe('');
    expect(cell?.getValue()).toBe(evil);
    expect(sheet?.getRange(2, column('phone') + 1).getValue()).toBe('+7 900 123-45-67');
    expect(fromSidebar(ws, () => listMentors()).items[0]).toMatchObject({ id: saved.id, surname: evil });
  });

  it('never reuses the ID of a deleted row', () => {
    fromSidebar(ws, () => addMentor(mentorInput()));
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTORS_TABLE.sheetName)?.deleteRow(2);
    expect(fromSidebar(ws, () => addMentor(mentorInput())).id).toBe('НК-0002');
  });

  it('changes only the cells of the fields that changed and journals the change without personal data', () => {
    const mentor = fromSidebar(ws, () => addMentor(mentorInput()));
    ws.rt.counter.reset();
    const updated = fromSidebar(ws, () =>
      updateMentor({ id: mentor.id, phone: '+7 999 000-00-00', patronymic: null }),
    );
    expect(updated.phone).toBe('+7 999 000-00-00');
    expect(updated.patronymic).toBeUndefined();
    expect(ws.rt.counter.count('Range.setValues')).toBe(3); // phone, patronymic (not adjacent), journal row
    const row = seen(ws, MENTORS_TABLE.sheetName)[1];
    expect(row[column('patronymic')]).toBe('');
    const journal = seen(ws, 'Журнал');
    expect(journal.at(-1)?.slice(2, 5)).toEqual([
      'curator@school.example',
      'Наставник: изменены данные',
      'НК-0001',
    ]);
    expect(journal.at(-1)?.join(' ')).not.toContain('+7 999');
  });

  it('refuses a mentor without a surname, in Russian', () => {
    expect(() => fromSidebar(ws, () => addMentor(mentorInput({ surname: ' ' })))).toThrow(
      'Заполните обязательные поля: «Фамилия»',
    );
    expect(() => fromSidebar(ws, () => addMentor(mentorInput({ qualification: 'самая высшая' })))).toThrow(
      '«Квалификационная категория»: такого значения нет в списке',
    );
  });
});
