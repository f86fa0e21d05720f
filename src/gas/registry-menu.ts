/** Menu handlers of the registry: thin wrappers that build the ports, run a use case and tell the person. */
import { checkRegistry } from '../app/check-data';
import { setUpRegistry } from '../app/setup-workbook';
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
