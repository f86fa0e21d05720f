/** What the «О программе» sidebar shows; plain JSON so it crosses google.script.run unchanged. */
export interface AboutInfo {
  readonly product: string;
  readonly version: string;
  readonly workbook: string;
  readonly summary: string;
}

/**
 * What the add-on does today, one phrase per feature, each with the menu item a curator opens it by: a phrase
 * names only what its menu item does (test/app/about checks the item is in the menu). A feature that lands adds
 * its phrase here with its menu item.
 */
export const FEATURES: ReadonlyArray<{ readonly phrase: string; readonly menuItem: string }> = [
  { phrase: 'банки наставников и наставляемых', menuItem: 'Добавить наставника' },
  {
    phrase: 'пары и группы с персонализированными программами и планами мероприятий',
    menuItem: 'Пара / группа',
  },
  { phrase: 'подбор наставника с объяснением', menuItem: 'Подобрать наставника' },
  { phrase: 'подбор пар для всех ожидающих сразу', menuItem: 'Подобрать пары для всех' },
  {
    phrase: 'приказы и персонализированные программы в Google Документах, с журналом приказов',
    menuItem: 'Подготовить приказ…',
  },
  {
    phrase: 'анкеты в Google Формах по личным ссылкам, с результатами без дублей и рассылкой ссылок',
    menuItem: 'Создать анкету…',
  },
  { phrase: 'учёт обучения и наград наставников', menuItem: 'Обучение и награды…' },
  {
    phrase: 'годовой отчёт с диаграммами и аналитическая справка в Google Документе',
    menuItem: 'Построить годовой отчёт',
  },
  { phrase: 'проверка данных, введённых вручную', menuItem: 'Проверить данные' },
  {
    phrase: 'список того, что требует внимания, с еженедельной сводкой на почту',
    menuItem: 'Что требует внимания',
  },
  { phrase: 'отзыв согласия на обработку персональных данных', menuItem: 'Отозвать согласие…' },
];

/** Describes the add-on and the workbook it is working in. */
export function aboutInfo(version: string, workbook: string): AboutInfo {
  return {
    product: 'Наставник',
    version,
    workbook,
    summary:
      'Реестр системы (целевой модели) наставничества педагогических работников в одной таблице: ' +
      `${FEATURES.map((f) => f.phrase).join('; ')}. Каждое действие дополнения записывается на лист «Журнал».`,
  };
}
