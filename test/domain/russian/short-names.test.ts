import {
  initials,
  initialsWithSurname,
  surnameWithInitials,
  type PersonName,
} from '../../../src/domain/russian';

const ivanova: PersonName = { surname: 'Иванова', firstName: 'Мария', patronymic: 'Петровна' };

describe('a name with initials', () => {
  it('reads «Иванова М. П.» in lists and «М. П. Иванова» on a signature line', () => {
    expect(surnameWithInitials(ivanova)).toBe('Иванова М. П.');
    expect(initialsWithSurname(ivanova)).toBe('М. П. Иванова');
  });

  it('declines the surname and keeps the initials', () => {
    expect(surnameWithInitials(ivanova, 'dative')).toBe('Ивановой М. П.');
    expect(
      initialsWithSurname({ surname: 'Осадчий', firstName: 'Лев', patronymic: 'Андреевич' }, 'genitive'),
    ).toBe('Л. А. Осадчего');
    expect(
      initialsWithSurname({ surname: 'Шевчук', firstName: 'Любовь', patronymic: 'Павловна' }, 'dative'),
    ).toBe('Л. П. Шевчук');
  });

  it('takes the father’s name of a Turkic patronymic, both parts of a double name, and no missing patronymic', () => {
    expect(
      surnameWithInitials({ surname: 'Мамедов', firstName: 'Эльчин', patronymic: 'Рашид оглы' }, 'dative'),
    ).toBe('Мамедову Э. Р.');
    expect(initials({ surname: 'Кузнецова', firstName: 'Анна-Мария', patronymic: 'Игоревна' })).toBe(
      'А.-М. И.',
    );
    expect(surnameWithInitials({ surname: 'Иванова', firstName: 'Мария' }, 'instrumental')).toBe(
      'Ивановой М.',
    );
  });

  it('writes initials as capitals whatever the case of the typed name', () => {
    expect(
      initialsWithSurname({ surname: 'ИВАНОВА', firstName: 'мария', patronymic: 'петровна' }, 'dative'),
    ).toBe('М. П. ИВАНОВОЙ');
  });

  it('uses the surname of the person’s own form of the name for that case', () => {
    const corrections = { instrumental: 'Кузьмичом Никитой Ильичом' };
    const kuzmich = { surname: 'Кузьмич', firstName: 'Никита', patronymic: 'Ильич' };
    expect(surnameWithInitials(kuzmich, 'instrumental')).toBe('Кузьмичем Н. И.');
    expect(surnameWithInitials(kuzmich, 'instrumental', { corrections })).toBe('Кузьмичом Н. И.');
  });
});
