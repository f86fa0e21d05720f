import { countRu, formatNumber, pluralRu } from '../russian/plural';

/** A noun's three forms after a number, in one case: [1 наставник, 2 наставника, 5 наставников]. */
export type Forms = readonly [string, string, string];

/** The nouns the note counts, each in the case its sentence needs. */
export const WORDS = {
  mentor: ['наставник', 'наставника', 'наставников'],
  mentee: ['наставляемый', 'наставляемых', 'наставляемых'],
  menteeGenitive: ['наставляемого', 'наставляемых', 'наставляемых'],
  youngSpecialist: ['молодой специалист', 'молодых специалиста', 'молодых специалистов'],
  teacher: ['педагог', 'педагога', 'педагогов'],
  person: ['человек', 'человека', 'человек'],
  pairAccusative: ['пару', 'пары', 'пар'],
  groupAccusative: ['группу', 'группы', 'групп'],
  programme: [
    'персонализированная программа наставничества',
    'персонализированные программы наставничества',
    'персонализированных программ наставничества',
  ],
  programmeShort: ['программа', 'программы', 'программ'],
  programmeGenitive: ['программы', 'программ', 'программ'],
  event: ['мероприятие', 'мероприятия', 'мероприятий'],
  item: ['пункт', 'пункта', 'пунктов'],
  order: ['приказ', 'приказа', 'приказов'],
  practice: ['практика', 'практики', 'практик'],
  contestPrepositional: ['конкурсе', 'конкурсах', 'конкурсах'],
  day: ['день', 'дня', 'дней'],
  point: ['балл', 'балла', 'баллов'],
  thanks: ['благодарность', 'благодарности', 'благодарностей'],
  certificate: ['грамота', 'грамоты', 'грамот'],
  bonus: ['премия', 'премии', 'премий'],
} as const satisfies Record<string, Forms>;

/** «21 наставник», «22 наставника», «25 наставников»; a fraction with one decimal: «8,4 балла». */
export function count(n: number, forms: Forms): string {
  return countRu(n, forms);
}

/**
 * The verb agreeing with a number as its subject: singular after 1, 21, 101 («участвовал 21 наставник»), plural
 * otherwise («участвовали 22 наставника», «11 наставников»).
 */
export function agree(n: number, singular: string, plural: string): string {
  return pluralRu(n, [singular, plural, plural]);
}

/** «67 %»: a share as a whole percent, with the non-breaking space Russian typography puts before the sign. */
export function percent(part: number, whole: number): string {
  return `${whole > 0 ? Math.round((part / whole) * 100) : 0}\u00a0%`;
}

/** «8,4 балла из 10». */
export function score(mean: number): string {
  return `${count(Number(formatNumber(mean).replace(',', '.')), WORDS.point)} из 10`;
}

/** Joins parts as Russian lists them: «a», «a и b», «a, b и c». */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} и ${parts[parts.length - 1]}`;
}

/** The text with its first letter capital: a position at the start of a line («Старший воспитатель»). */
export function capitalFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
