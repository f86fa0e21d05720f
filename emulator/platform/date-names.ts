/** Month and day names as Java's CLDR data gives them (`ru`: format = genitive, standalone = nominative). */
export interface DateNames {
  monthsFormat: string[];
  monthsStandalone: string[];
  monthsShortFormat: string[];
  monthsShortStandalone: string[];
  days: string[];
  daysShort: string[];
  ampm: [string, string];
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Names for each supported locale. */
export const DATE_NAMES: Record<'ru' | 'en', DateNames> = {
  ru: {
    monthsFormat: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    monthsStandalone: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    monthsShortFormat: [
      'янв.',
      'февр.',
      'мар.',
      'апр.',
      'мая',
      'июн.',
      'июл.',
      'авг.',
      'сент.',
      'окт.',
      'нояб.',
      'дек.',
    ],
    monthsShortStandalone: [
      'янв.',
      'февр.',
      'март',
      'апр.',
      'май',
      'июнь',
      'июль',
      'авг.',
      'сент.',
      'окт.',
      'нояб.',
      'дек.',
    ],
    days: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
    daysShort: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
    ampm: ['AM', 'PM'],
  },
  en: {
    monthsFormat: EN_MONTHS,
    monthsStandalone: EN_MONTHS,
    monthsShortFormat: EN_MONTHS.map((m) => m.slice(0, 3)),
    monthsShortStandalone: EN_MONTHS.map((m) => m.slice(0, 3)),
    days: EN_DAYS,
    daysShort: EN_DAYS.map((d) => d.slice(0, 3)),
    ampm: ['AM', 'PM'],
  },
};
