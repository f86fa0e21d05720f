/** The add-on's menu as data: onOpen renders it, and the build checks that every item names a real function. */

export const MENU_TITLE = 'Наставничество';

/** One clickable item: what a person reads, and the top-level function Apps Script calls. */
export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export type MenuEntry = MenuItem | 'separator';

/** Items in the order a curator meets them in the year: set up, fill the banks, check, and help. */
export const MENU: readonly MenuEntry[] = [
  { caption: 'Настроить таблицу', functionName: 'setupWorkbook' },
  { caption: 'Добавить наставника', functionName: 'showMentorSidebar' },
  { caption: 'Добавить наставляемого', functionName: 'showMenteeSidebar' },
  { caption: 'Пара / группа', functionName: 'showMentorshipSidebar' },
  { caption: 'Подобрать наставника', functionName: 'showMatchSidebar' },
  { caption: 'Подобрать пары для всех', functionName: 'showCohortSidebar' },
  { caption: 'Подготовить приказ…', functionName: 'showOrderSidebar' },
  { caption: 'Создать анкету…', functionName: 'showQuestionnaireSidebar' },
  { caption: 'Обучение и награды…', functionName: 'showTrainingSidebar' },
  { caption: 'Построить годовой отчёт', functionName: 'buildAnnualReport' },
  { caption: 'Проверить данные', functionName: 'checkData' },
  { caption: 'Что требует внимания', functionName: 'showAttentionSidebar' },
  { caption: 'Отозвать согласие…', functionName: 'withdrawConsent' },
  'separator',
  { caption: 'О программе', functionName: 'showAbout' },
];
