import hardNames from './hard-names.json';
import unseenNames from './hard-names-unseen.json';
import type { GrammaticalCase } from '../../../src/domain/russian/cases';
import { declineName, declineNameParts, genderOfName, type PersonName } from '../../../src/domain/russian';

interface CorpusEntry {
  person: string;
  gender?: string;
  forms: Record<string, string>;
  alsoRight?: Record<string, string[]>;
  why: string;
}

const OBLIQUE: GrammaticalCase[] = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];

/** «Мамедов Эльчин Рашид оглы» → surname, first name, and the rest as the patronymic. */
function person(text: string): PersonName {
  const [surname, firstName, ...rest] = text.split(' ');
  return { surname, firstName, ...(rest.length ? { patronymic: rest.join(' ') } : {}) };
}

/** Russian spelling allows «е» for «ё» (Ильей for Ильёй): the libraries write е. */
const plainE = (s: string) => s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

describe.each([
  ['the corpus of hard names', hardNames as CorpusEntry[]],
  ['the hard names written before any fix of the library', unseenNames as CorpusEntry[]],
])('declining %s', (_, corpus) => {
  it.each(corpus.map((entry) => [entry.person, entry] as const))('%s, in every case', (_name, entry) => {
    const options = entry.gender ? { gender: entry.gender as 'male' | 'female' } : {};
    const got = OBLIQUE.map((gcase) => declineName(person(entry.person), gcase, options));
    const want = OBLIQUE.map((gcase) => {
      const right = [entry.forms[gcase], ...(entry.alsoRight?.[gcase] ?? [])];
      const said = got[OBLIQUE.indexOf(gcase)];
      return right.find((form) => plainE(form) === plainE(said)) ?? entry.forms[gcase];
    });
    expect(got.map(plainE)).toEqual(want.map(plainE));
    expect(declineName(person(entry.person), 'nominative', options)).toBe(entry.person);
  });
});

describe('a name declined', () => {
  const mamedov = person('Мамедов Эльчин Рашид оглы');

  it('keeps «оглы» and «кызы» and declines the father’s name in a man’s patronymic only', () => {
    expect(declineName(mamedov, 'dative')).toBe('Мамедову Эльчину Рашиду оглы');
    expect(declineName(person('Мамедов Эльчин Рашид-оглы'), 'genitive')).toBe('Мамедова Эльчина Рашида-оглы');
    expect(declineName(person('Алиева Айгуль Руслан кызы'), 'instrumental')).toBe(
      'Алиевой Айгулью Руслан кызы',
    );
  });

  it('takes the gender from the patronymic, the record overriding it, and guesses it only without both', () => {
    const kuzmich = person('Кузьмич Никита Ильич');
    expect(genderOfName(kuzmich)).toBe('male');
    expect(genderOfName(person('Кузьмич Анна Сергеевна'))).toBe('female');
    expect(genderOfName(mamedov)).toBe('male');
    expect(genderOfName(person('Иванова Мария'))).toBe('female');

    const sasha = person('Ким Саша');
    expect(declineName(sasha, 'dative', { gender: 'male' })).toBe('Киму Саше');
    expect(declineName(sasha, 'dative', { gender: 'female' })).toBe('Ким Саше');
    expect(genderOfName(person('Иванова Мария'), { gender: 'male' })).toBe('male');
  });

  it('gives the declined name the letter case it was typed in', () => {
    expect(declineName(person('ИВАНОВА МАРИЯ ПЕТРОВНА'), 'dative')).toBe('ИВАНОВОЙ МАРИИ ПЕТРОВНЕ');
    expect(declineName(person('иванова мария петровна'), 'dative')).toBe('ивановой марии петровне');
    expect(declineName(person('ПЕТРОВА-водкина Анна СЕРГЕЕВНА'), 'genitive')).toBe(
      'ПЕТРОВОЙ-водкиной Анны СЕРГЕЕВНЫ',
    );
    expect(declineName(person('МакКуин Роберт Дэвидович'), 'genitive')).toBe('МакКуина Роберта Дэвидовича');
  });

  it('tidies the spaces a cell may hold and leaves a missing patronymic out', () => {
    const typed = { surname: ' Иванова ', firstName: 'Мария\u00a0', patronymic: '  ' };
    expect(declineName(typed, 'nominative')).toBe('Иванова Мария');
    expect(declineName(typed, 'instrumental')).toBe('Ивановой Марией');
    expect(declineNameParts(typed, 'genitive')).toEqual({ surname: 'Ивановой', firstName: 'Марии' });
  });
});

describe('a person’s own forms of their name', () => {
  const kuzmich = person('Кузьмич Никита Ильич');
  const corrections = { instrumental: 'Кузьмичом Никитой Ильичом', dative: ' Кузьмичу  Никите ' };

  it('win over the library in their case and nowhere else', () => {
    expect(declineName(kuzmich, 'instrumental')).toBe('Кузьмичем Никитой Ильичом');
    expect(declineName(kuzmich, 'instrumental', { corrections })).toBe('Кузьмичом Никитой Ильичом');
    expect(declineName(kuzmich, 'dative', { corrections })).toBe('Кузьмичу Никите');
    expect(declineName(kuzmich, 'genitive', { corrections })).toBe('Кузьмича Никиты Ильича');
  });

  it('give the parts where they split word for word, and leave the parts to the library where not', () => {
    expect(declineNameParts(kuzmich, 'instrumental', { corrections })).toEqual({
      surname: 'Кузьмичом',
      firstName: 'Никитой',
      patronymic: 'Ильичом',
    });
    expect(declineNameParts(kuzmich, 'dative', { corrections })).toEqual({
      surname: 'Кузьмичу',
      firstName: 'Никите',
      patronymic: 'Ильичу',
    });
  });
});
