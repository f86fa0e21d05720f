/**
 * The «Наставничество» menu: onOpen builds it from the menu's data (src/app/menu.ts), and every item's handler is
 * here. A handler builds the execution's services, runs one use case and tells the person how it went.
 */
import { MENU, MENU_TITLE } from '../app/menu';
import { checkData as check } from '../app/registry/check-data';
import { setupWorkbook as setup } from '../app/registry/setup-workbook';
import { withdrawalMessage, withdrawConsent as withdraw } from '../app/registry/withdraw-consent';
import { isUserError } from '../domain/user-error';
import type { Ui } from '../ports/ui';
import { services } from './services';

/**
 * Builds the «Наставничество» menu. It may run in AuthMode.NONE (installed, not yet enabled in this file), where
 * only the menu may be touched: no document, no properties (docs/apps-script-platform.md §2.1).
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // Published as an add-on, the caption is ignored and the menu goes under Extensions (§1.11).
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const entry of MENU) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

/** Runs when the add-on is installed from inside an open document: the document is open, so build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Shows a mistake the person can fix as an alert; anything else is a fault and propagates. */
function reportingUserErrors(ui: Ui, action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!isUserError(error)) throw error;
    ui.alert(error.message);
  }
}

/** «Настроить таблицу». */
export function setupWorkbook(): void {
  const s = services();
  reportingUserErrors(s.ui, () => {
    const result = setup(s);
    s.ui.toast(
      result.changes.length === 0
        ? 'Таблица уже настроена, ничего менять не пришлось.'
        : `Готово. Изменений: ${result.changes.length}. Подробности — на листе «Журнал».`,
      'Настройка таблицы',
    );
  });
}

/** «Проверить данные». */
export function checkData(): void {
  const s = services();
  reportingUserErrors(s.ui, () => {
    const summary = check(s);
    const ids = summary.idsAssigned > 0 ? ` Присвоено новых ID: ${summary.idsAssigned}.` : '';
    s.ui.toast(
      summary.problems === 0
        ? `Ошибок не найдено.${ids}`
        : `Найдено проблем: ${summary.problems}. Список — на листе «Проверка данных», ячейки отмечены заметками.${ids}`,
      'Проверка данных',
    );
  });
}

/** «Отозвать согласие…»: asks for the person's ID, then removes their personal data everywhere. */
export function withdrawConsent(): void {
  const s = services();
  // Asked before taking the lock: a prompt suspends the script and locks do not survive it (§1.11, §6.1).
  const answer = s.ui.prompt(
    'ID человека, отозвавшего согласие на обработку персональных данных (например НК-0003 или НЯ-0012). ' +
      'Его ФИО, контакты и упоминания будут удалены из всей таблицы безвозвратно; ID и обезличенные сведения останутся.',
    'Отзыв согласия',
  );
  if (answer === null || answer.trim() === '') return;
  reportingUserErrors(s.ui, () => {
    s.ui.alert(withdrawalMessage(withdraw(s, answer.trim())), 'Отзыв согласия');
  });
}

/** «Добавить наставника»: the mentor bank's form (add, or edit one chosen from the list). */
export function showMentorSidebar(): void {
  services().ui.sidebar('mentor', 'Наставник');
}

/** «Добавить наставляемого»: the mentee bank's form (add, or edit one chosen from the list). */
export function showMenteeSidebar(): void {
  services().ui.sidebar('mentee', 'Наставляемый');
}

/** «Пара / группа»: form a pair or group, move it along its lifecycle, write its programme. */
export function showMentorshipSidebar(): void {
  services().ui.sidebar('mentorship', 'Пара / группа');
}

/** «Подобрать наставника»: one mentee, every mentor ranked with reasons, the pair in one click. */
export function showMatchSidebar(): void {
  services().ui.sidebar('match', 'Подобрать наставника');
}

/** «Подобрать пары для всех»: the best pairs and groups for everyone waiting, to tick and create. */
export function showCohortSidebar(): void {
  services().ui.sidebar('cohort', 'Подобрать пары для всех');
}

/** «О программе». */
export function showAbout(): void {
  services().ui.sidebar('about', 'О программе');
}
