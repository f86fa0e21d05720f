import { documentText } from '../../../src/domain/documents/document-text';
import { fillDocument } from '../../../src/domain/documents/documents';
import { DOCUMENT_KINDS } from '../../../src/domain/documents/kinds';
import type { NameUse } from '../../../src/domain/documents/language';
import type { PersonRef } from '../../../src/domain/documents/person-fields';
import { HEADER, LANGUAGE, SOKOLOV } from './sample';

/** The thanks order for these people, with the names the language was told of. */
function thanks(...people: PersonRef[]): { text: string; uses: NameUse[] } {
  const uses: NameUse[] = [];
  const language = { ...LANGUAGE, nameUsed: (use: NameUse) => uses.push(use) };
  const context = { ...HEADER, people: people.map((person) => ({ person })) };
  const made = fillDocument('thanks', DOCUMENT_KINDS.thanks.template(), context, language);
  return { text: documentText(made.document), uses };
}

const MAMEDOV: PersonRef = {
  id: 'НК-0003',
  name: { surname: 'Мамедов', firstName: 'Эльчин', patronymic: 'Рашид оглы' },
  position: 'воспитатель',
};

describe('the names a document used, for the preview to offer', () => {
  it('tells each declined name of a person with an ID, in its case, as the whole name; the head and curator not', () => {
    const { uses } = thanks(MAMEDOV, SOKOLOV);
    expect(uses.filter((u) => u.grammaticalCase !== 'nominative')).toEqual([
      {
        personId: 'НК-0003',
        name: MAMEDOV.name,
        grammaticalCase: 'dative',
        form: 'Мамедову Эльчину Рашиду оглы',
        corrected: false,
      },
    ]);
  });

  it("takes the person's own forms: a dative, and a nominative spelt otherwise than in the bank", () => {
    const own: PersonRef = {
      ...MAMEDOV,
      options: { corrections: { dative: 'Мамедову Эльчину Рашид оглы' } },
    };
    const semenov: PersonRef = {
      id: 'НК-0004',
      name: { surname: 'Семенов', firstName: 'Петр', patronymic: 'Алексеевич' },
      position: 'воспитатель',
    };
    expect(thanks(semenov).text).toContain('П. А. Семенов |');
    const spelt = { ...semenov, options: { corrections: { nominative: 'Семёнов Пётр Алексеевич' } } };
    const { text, uses } = thanks(own, spelt);
    expect(text).toContain('– Мамедову Эльчину Рашид оглы, воспитателю;');
    expect(text).toContain('– Семенову Петру Алексеевичу, воспитателю.');
    // «С приказом ознакомлены» has the nominative, initials first: from the person's own nominative form.
    expect(text).toContain('П. А. Семёнов |');
    expect(uses.find((u) => u.personId === 'НК-0003' && u.grammaticalCase === 'dative')).toMatchObject({
      form: 'Мамедову Эльчину Рашид оглы',
      corrected: true,
    });
    expect(uses.find((u) => u.personId === 'НК-0004' && u.grammaticalCase === 'nominative')).toMatchObject({
      form: 'Семёнов Пётр Алексеевич',
      corrected: true,
    });
  });
});
