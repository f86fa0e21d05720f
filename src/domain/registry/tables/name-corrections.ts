import { CASE_NAMES } from '../../russian/cases';
import type { TableSpec } from '../table-spec';
import { idColumn } from './person-columns';

/** The six cases by their Russian names, as «Падеж» offers them: именительный … предложный. */
export const CASE_OPTIONS: readonly string[] = Object.keys(CASE_NAMES);

/** «м» or «ж»: a person's gender for declension, where the patronymic does not tell it or tells it wrong. */
export const GENDER_OPTIONS = ['м', 'ж'] as const;

/**
 * «Склонение ФИО»: how a person's name is written in documents where the add-on declines it wrong — a whole name
 * per case, and the gender to decline by. One place, read in one go by every document; the preview's «Исправить»
 * writes here, and the curator sees and edits the rows. Consent withdrawal empties the person's rows.
 */
export const NAME_CORRECTIONS_TABLE: TableSpec = {
  key: 'name-corrections',
  sheetName: 'Склонение ФИО',
  idPrefix: 'СФ',
  columns: [
    idColumn('СФ-0001'),
    {
      key: 'personId',
      header: 'ID человека',
      type: 'text',
      plainText: true,
      required: true,
      width: 110,
      note:
        'Чьё ФИО: ID наставника (НК-…) или наставляемого (НЯ-…), например НК-0003. На этом листе — как писать ' +
        'ФИО в приказах и программах там, где дополнение склоняет его неверно. Строку добавляет кнопка ' +
        '«Исправить» в предпросмотре приказа; можно вписать и вручную',
    },
    {
      key: 'case',
      header: 'Падеж',
      type: 'list',
      options: CASE_OPTIONS,
      width: 120,
      note:
        'В каком падеже ФИО пишется так, как в следующем столбце: родительный (кого?), дательный (кому?), ' +
        'винительный (кого?), творительный (кем?), предложный (о ком?); именительный — если в документах ФИО ' +
        'пишется иначе, чем в банке',
    },
    {
      key: 'form',
      header: 'Как писать',
      type: 'text',
      maxLength: 200,
      width: 300,
      note:
        'Фамилия, имя и отчество целиком в этом падеже, как они должны стоять в документе, например: ' +
        'Алиеву Тимуру Рашид оглы. Документы берут эту форму вместо склонения дополнения',
    },
    {
      key: 'gender',
      header: 'Пол',
      type: 'list',
      options: GENDER_OPTIONS,
      width: 60,
      note:
        'Необязательно: «м» или «ж», если дополнение неверно определяет пол по отчеству и имени (например, у ' +
        'имени без отчества). От пола зависит склонение: Кузьмич Никита — Кузьмичу Никите, Кузьмич Анна — ' +
        'Кузьмич Анне. Можно указать в строке без падежа',
    },
  ],
};
