/**
 * The «Наставничество» menu: onOpen builds it from the menu's data (src/app/menu.ts), and every item's handler is
 * here. A handler builds the execution's services, runs one use case and tells the person how it went.
 */
import { MENU, MENU_TITLE } from '../app/menu';
import { checkData as check } from '../app/registry/check-data';
import { setupWorkbook as setup } from '../app/registry/setup-workbook';
import {
  previewWithdrawal,
  withdrawalMessage,
  withdrawalQuestion,
  withdrawConsent as withdraw,
} from '../app/registry/withdraw-consent';
import { isUserError } from '../domain/user-error';
import type { Ui } from '../ports/ui';
import { SETTINGS_TABLE } from '../domain/registry/tables';
import { showTableSheet } from './registry/sheet-lookup';
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

/**
 * Shows a mistake the person can fix as an alert titled with the action (else the add-on's name); anything else
 * is a fault and propagates.
 */
function reportingUserErrors(ui: Ui, action: () => void, title?: string): void {
  try {
    action();
  } catch (error) {
    if (!isUserError(error)) throw error;
    ui.alert(error.message, title);
  }
}

/** «Настроить таблицу»; while required settings are empty, it ends on «Настройки» and says what to fill in. */
export function setupWorkbook(): void {
  const s = services();
  reportingUserErrors(s.ui, () => {
    const result = setup(s);
    const done =
      result.changes.length === 0
        ? 'Таблица уже настроена, ничего менять не пришлось.'
        : `Готово. Изменений: ${result.changes.length}. Подробности — на листе «Журнал».`;
    const toFill = result.settingsToFill;
    if (toFill.length > 0) showTableSheet(SETTINGS_TABLE);
    s.ui.toast(
      toFill.length === 0
        ? done
        : `${done} Теперь заполните на листе «Настройки» столбец «Значение»: ${toFill.join('; ')}.`,
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

/**
 * «Отозвать согласие…»: asks for the person's ID, shows whose data will go and how much, and only on «Да»
 * removes their personal data everywhere.
 */
export function withdrawConsent(): void {
  const s = services();
  const title = 'Отзыв согласия';
  // Both questions come before the lock: a prompt or alert suspends the script and locks do not survive it
  // (§1.11, §6.1). So the erase itself checks that the rows still hold the person the curator confirmed.
  const answer = s.ui.prompt(
    'ID человека, отозвавшего согласие на обработку персональных данных (например НК-0003 или НЯ-0012). ' +
      'Дальше будет показано, чьи данные и где будут удалены, и спрошено подтверждение.',
    title,
  );
  if (answer === null || answer.trim() === '') return;
  reportingUserErrors(
    s.ui,
    () => {
      const preview = previewWithdrawal(s, answer.trim());
      if (!s.ui.confirm(withdrawalQuestion(preview), title)) {
        s.ui.toast('Ничего не удалено.', title);
        return;
      }
      s.ui.alert(withdrawalMessage(withdraw(s, preview.personId, undefined, preview.shown)), title);
    },
    title,
  );
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

/** «Подготовить приказ…»: an order of any kind as a Google Doc, its number and row in «Приказы», its signing. */
export function showOrderSidebar(): void {
  services().ui.sidebar('order', 'Подготовить приказ');
}

/** «Обучение и награды…»: a mentor's course, session, certificate, contest or award, as a row of its sheet. */
export function showTrainingSidebar(): void {
  services().ui.sidebar('training', 'Обучение и награды');
}

/** «Что требует внимания»: what is overdue, ending, missing or waiting, each line a click to its row. */
export function showAttentionSidebar(): void {
  services().ui.sidebar('attention', 'Что требует внимания');
}

/** «Создать анкету…»: Google Forms of every kind, personal links and their mailing, results, candidates. */
export function showQuestionnaireSidebar(): void {
  services().ui.sidebar('questionnaire', 'Анкеты');
}

/** «О программе». */
export function showAbout(): void {
  services().ui.sidebar('about', 'О программе');
}
