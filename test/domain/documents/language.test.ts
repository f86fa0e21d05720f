import { digitsDate, formatName, splitFullName, termDigits } from '../../../src/domain/documents/language';

describe('names and dates as documents print them', () => {
  it('splits a name typed in one cell of «Настройки», surname first', () => {
    expect(splitFullName(' Тимофеева  Елена Викторовна ')).toEqual({
      surname: 'Тимофеева',
      firstName: 'Елена',
      patronymic: 'Викторовна',
    });
    expect(splitFullName('Мамедов Эльчин Рашид оглы')).toEqual({
      surname: 'Мамедов',
      firstName: 'Эльчин',
      patronymic: 'Рашид оглы',
    });
    expect(splitFullName('Цой Виктор')).toEqual({ surname: 'Цой', firstName: 'Виктор' });
  });

  it('keeps initials a curator typed instead of the name, before or after the surname', () => {
    for (const typed of ['Е.В. Тимофеева', 'Е. В. Тимофеева', 'Тимофеева Е.В.']) {
      const name = splitFullName(typed);
      expect([typed, formatName(name, 'initialsSurname'), formatName(name, 'surnameInitials')]).toEqual([
        typed,
        'Е. В. Тимофеева',
        'Тимофеева Е. В.',
      ]);
    }
  });

  it('prints a name in full, with initials after the surname, or before it', () => {
    const name = splitFullName('Мамедов Эльчин Рашид оглы');
    expect(formatName(name, 'full')).toBe('Мамедов Эльчин Рашид оглы');
    expect(formatName(name, 'surnameInitials')).toBe('Мамедов Э. Р.');
    expect(formatName(name, 'initialsSurname')).toBe('Э. Р. Мамедов');
  });

  it('writes dates in digits and a term with either end missing', () => {
    expect(digitsDate('2025-09-01')).toBe('01.09.2025');
    expect(termDigits('2025-09-01', '2026-05-31')).toBe('01.09.2025 – 31.05.2026');
    expect(termDigits('2025-09-01')).toBe('с 01.09.2025');
    expect(termDigits(undefined, '2026-05-31')).toBe('по 31.05.2026');
    expect(termDigits()).toBeUndefined();
  });
});
