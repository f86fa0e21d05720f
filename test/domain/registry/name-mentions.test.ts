import { mentionsOf, removeMentions } from '../../../src/domain/registry/name-mentions';

const melnikova = {
  surname: 'Мельникова',
  firstName: 'Ольга',
  patronymic: 'Сергеевна',
  email: 'Melnikova@example.ru',
  phone: '+7 900 123-45-67',
};
const gone = (text: string) => removeMentions(text, melnikova);

describe('finding a withdrawn person in free text', () => {
  it.each([
    ['Мельникова Ольга просила встречи', '[удалено] просила встречи'],
    ['Встреча с Ольгой Мельниковой в среду', 'Встреча с [удалено] в среду'],
    ['Поручить Мельниковой Ольге Сергеевне', 'Поручить [удалено]'],
    ['Наставник: Мельникову О. С. не беспокоить', 'Наставник: [удалено] не беспокоить'],
    ['О.С. Мельникова провела занятие', '[удалено] провела занятие'],
    ['Спасибо Ольге Сергеевне за помощь', 'Спасибо [удалено] за помощь'],
    ['Ольгой Сергеевной составлен план', '[удалено] составлен план'],
    ['МЕЛЬНИКОВА ОЛЬГА СЕРГЕЕВНА', '[удалено]'],
    ['Поговорить с Мельниковой', 'Поговорить с [удалено]'],
  ])('«%s»', (text, expected) => {
    expect(gone(text)).toBe(expected);
  });

  it.each([
    ['звонить +7 900 123-45-67'],
    ['звонить 89001234567'],
    ['звонить 8 (900) 123 45 67'],
    ['звонить +79001234567'],
    ['звонить 900-123-45-67'],
    ['звонить 7 900 1234567'],
  ])('the phone however it is written: «%s»', (text) => {
    expect(gone(text)).toBe('звонить [удалено]');
  });

  it('a surname in a list of surnames one per line', () => {
    expect(gone('Дежурные:\nСмирнова\nМельникова\nИванова')).toBe('Дежурные:\nСмирнова\n[удалено]\nИванова');
  });

  it('the e-mail in any letter case', () => {
    expect(gone('писать MELNIKOVA@EXAMPLE.RU или melnikova@example.ru.')).toBe(
      'писать [удалено] или [удалено].',
    );
  });

  it.each([
    ['Ольга просила перенести встречу', 'a first name alone is anybody’s'],
    ['Сергеевна', 'so is a patronymic alone'],
    ['Мельникова И. П. ведёт кружок', 'the surname with someone else’s initials'],
    ['Мельникова Ирина в отпуске', 'the surname with another first name'],
    ['улица Мельниковская', 'a word that merely starts like the surname'],
    ['мельникова', 'the surname in lower case is no name in capitalised bank data'],
    ['счёт 790012345678', 'a longer number that contains the phone’s digits'],
    ['другой адрес: melnikova@example.ru.ok', 'a longer address'],
  ])('leaves «%s»: %s', (text) => {
    expect(gone(text)).toBe(text);
  });

  it('leaves a namesake of the registry named by the first name before the surname', () => {
    const sister = { surname: 'Мельникова', firstName: 'Ирина', patronymic: 'Павловна' };
    expect(removeMentions('Ирине Мельниковой позвонить', melnikova, [sister])).toBe(
      'Ирине Мельниковой позвонить',
    );
    expect(removeMentions('Ирине Мельниковой позвонить', melnikova)).toBe('Ирине [удалено] позвонить');
  });

  it('keeps a contact in the row of the person who shares it (a work phone)', () => {
    const colleague = { surname: 'Петрова', firstName: 'Анна', phone: '8 (900) 123-45-67' };
    const mentions = mentionsOf([melnikova]);
    const note = 'Рабочий 8 900 123 45 67; Мельникова О. С. — соседний кабинет';
    expect(mentions.remove(note, colleague)).toBe('Рабочий 8 900 123 45 67; [удалено] — соседний кабинет');
    expect(mentions.remove(note)).toBe('Рабочий [удалено]; [удалено] — соседний кабинет');
  });

  it('declines a surname by the person’s gender: a woman’s «Кузьмич» stays «Кузьмич»', () => {
    const anna = { surname: 'Кузьмич', firstName: 'Анна', patronymic: 'Сергеевна' };
    const nikita = { surname: 'Кузьмич', firstName: 'Никита', patronymic: 'Ильич' };
    expect(removeMentions('позвонить Кузьмич Анне', anna)).toBe('позвонить [удалено]');
    expect(removeMentions('заменить Кузьмича', anna)).toBe('заменить Кузьмича');
    expect(removeMentions('заменить Кузьмича Никиту Ильича', nikita)).toBe('заменить [удалено]');
    expect(removeMentions('доверить Никите Ильичу', nikita)).toBe('доверить [удалено]');
  });

  it('finds double surnames, soft-sign names and fleeting vowels', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ surname: 'Петрова-Водкина', firstName: 'Анна' }, 'о Петровой-Водкиной Анне'],
      [{ surname: 'Шевчук', firstName: 'Любовь', patronymic: 'Павловна' }, 'с Любовью Павловной'],
      [{ surname: 'Жумабаева', firstName: 'Асель', patronymic: 'Маратовна' }, 'к Асели Маратовне'],
      [{ surname: 'Шевченко', firstName: 'Павел', patronymic: 'Тарасович' }, 'у Павла Тарасовича'],
      [{ surname: 'Осадчая', firstName: 'Ия', patronymic: 'Викторовна' }, 'с Осадчей Ией'],
      [{ surname: 'Мамедов', firstName: 'Эльчин', patronymic: 'Рашид оглы' }, 'Мамедову Э. Р.'],
    ];
    for (const [person, text] of cases) {
      expect(removeMentions(text, person)).toMatch(/\[удалено\]$/);
    }
  });

  it('finds nothing in a row anonymised before: «Удалено по отзыву согласия» is no name', () => {
    const anonymised = { surname: 'Удалено по отзыву согласия' };
    const text = 'Банк наставников сформирован, согласия получены';
    expect(removeMentions(text, anonymised)).toBe(text);
  });
});
