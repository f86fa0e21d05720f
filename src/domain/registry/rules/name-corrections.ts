import type { NameCorrection } from '../entities/name-correction';
import { normaliseId } from '../ids';
import type { Located } from '../read-table';

/** A problem of a row of «Склонение ФИО», at a column by its key. */
export interface NameCorrectionIssue {
  readonly row: number;
  readonly key: 'personId' | 'case' | 'form' | 'gender';
  readonly message: string;
}

/**
 * What «Проверить данные» says of «Склонение ФИО» beyond each cell's own reading (an unknown case is the «Падеж»
 * list's): the person must be in a bank, a case needs its form and a form its case, and one person has one form per
 * case and one gender. A row emptied by consent withdrawal (the person's ID alone) says nothing and is left alone.
 */
export function nameCorrectionIssues(
  rows: readonly Located<NameCorrection>[],
  peopleIds: ReadonlySet<string>,
): NameCorrectionIssue[] {
  const issues: NameCorrectionIssue[] = [];
  const firstOfCase = new Map<string, number>();
  const genderOf = new Map<string, { gender: string; row: number }>();
  for (const row of rows) {
    const at = (key: NameCorrectionIssue['key'], message: string) =>
      issues.push({ row: row.rowNumber, key, message });
    const id = normaliseId(row.personId);
    if (!id || !/^(НК|НЯ)-/.test(id)) {
      at(
        'personId',
        `«${row.personId}» — не ID человека. Укажите ID наставника (НК-…) или наставляемого (НЯ-…), например НК-0003`,
      );
      continue;
    }
    if (!peopleIds.has(id)) {
      at(
        'personId',
        `человека с ID ${id} нет ни на листе «Наставники», ни на листе «Наставляемые» (возможно, строка удалена). ` +
          'Укажите ID существующего человека или удалите строку',
      );
      continue;
    }
    const form = row.form?.trim();
    if (row.case && !form) {
      at(
        'form',
        'не заполнено: впишите ФИО в этом падеже так, как его писать в документах, или удалите строку',
      );
    }
    if (form && !row.case) {
      at('case', 'не указан падеж: выберите в списке, в каком падеже ФИО пишется так');
    }
    if (row.case && form) {
      const first = firstOfCase.get(`${id}|${row.case}`);
      if (first === undefined) firstOfCase.set(`${id}|${row.case}`, row.rowNumber);
      else {
        at(
          'case',
          `для ${id} ${row.case} падеж уже указан в строке ${first}, и документы берут ту строку. ` +
            'Оставьте одну из двух',
        );
      }
    }
    if (row.gender) {
      const earlier = genderOf.get(id);
      if (!earlier) genderOf.set(id, { gender: row.gender, row: row.rowNumber });
      else if (earlier.gender !== row.gender) {
        at(
          'gender',
          `для ${id} в строке ${earlier.row} указан пол «${earlier.gender}», и документы берут его. ` +
            'Оставьте один пол',
        );
      }
    }
  }
  return issues;
}
