/** Menu handlers of the registry: thin wrappers that build the ports, run a use case and tell the person. */
import { checkRegistry } from '../app/check-data';
import { setUpRegistry } from '../app/setup-workbook';
import { withdrawConsentEverywhere, type WithdrawResult } from '../app/withdraw-consent';
import { isUserError } from '../domain/user-error';
import type { Ui } from '../ports/ui';
import { gasRegistry } from './registry-services';

/** Shows a mistake the person can fix as an alert; anything else is a fault and propagates. */
export function reportingUserErrors(ui: Ui, action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!isUserError(error)) throw error;
    ui.alert(error.message);
  }
}

/** Menu «Настроить таблицу». */
export function setupWorkbook(): void {
  const registry = gasRegistry();
  reportingUserErrors(registry.ui, () => {
    const result = setUpRegistry(registry);
    registry.ui.toast(
      result.changes.length === 0
        ? 'Таблица уже настроена, ничего менять не пришлось.'
        : `Готово. Изменений: ${result.changes.length}. Подробности — на листе «Журнал».`,
      'Настройка таблицы',
    );
  });
}

/** Menu «Проверить данные». */
export function checkData(): void {
  const registry = gasRegistry();
  reportingUserErrors(registry.ui, () => {
    const summary = checkRegistry(registry);
    const ids = summary.idsAssigned > 0 ? ` Присвоено новых ID: ${summary.idsAssigned}.` : '';
    registry.ui.toast(
      summary.problems === 0
        ? `Ошибок не найдено.${ids}`
        : `Найдено проблем: ${summary.problems}. Список — на листе «Проверка данных», ячейки отмечены заметками.${ids}`,
      'Проверка данных',
    );
  });
}

/** Menu «Отозвать согласие…»: asks for the person's ID, then removes their personal data everywhere. */
export function withdrawConsentFromMenu(): void {
  const registry = gasRegistry();
  // Asked before taking the lock: a prompt suspends the script and locks do not survive it (§1.11, §6.1).
  const answer = registry.ui.prompt(
    'ID человека, отозвавшего согласие на обработку персональных данных (например НК-0003 или НЯ-0012). ' +
      'Его ФИО, контакты и упоминания будут удалены из всей таблицы безвозвратно; ID и обезличенные сведения останутся.',
    'Отзыв согласия',
  );
  if (answer === null || answer.trim() === '') return;
  reportingUserErrors(registry.ui, () => {
    registry.ui.alert(withdrawMessage(withdrawConsentEverywhere(registry, answer.trim())), 'Отзыв согласия');
  });
}

/** What the curator reads after a withdrawal, including documents and own cells to clean by hand. */
export function withdrawMessage(result: WithdrawResult): string {
  const docs = result.documentsToReview.map((d) => `${d.id ?? d.table}: ${d.url}`);
  const cells = result.tracesLeft.slice(0, 30).map((t) => `«${t.sheet}» ${t.cell}`);
  const more =
    result.tracesLeft.length > cells.length ? ` и ещё ${result.tracesLeft.length - cells.length}` : '';
  return (
    `Персональные данные удалены (${result.personIds.join(', ')}), изменено ячеек: ${result.cellsChanged}.` +
    (docs.length > 0 ? ` Эти документы упоминают человека, исправьте их вручную: ${docs.join('; ')}.` : '') +
    (cells.length > 0
      ? ` Человек ещё упоминается в ваших собственных листах, столбцах или заметках — дополнение их не меняет, ` +
        `проверьте и удалите вручную: ${cells.join('; ')}${more}.`
      : '')
  );
}
