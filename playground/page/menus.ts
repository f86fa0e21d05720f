import type { MenuEntry, MenuRecord } from '../../emulator/spreadsheet/ui-record';
import { byId, clear, el } from './dom';
import { hidePopup, showPopup } from './overlays';

/** What a click on a menu item does: run that function (the caption names it in messages). */
export type MenuClick = (functionName: string, caption: string) => void;

/**
 * The menu bar: Sheets' own menus as inert captions, then every menu the add-on's onOpen added, each opening the
 * list of its items (submenus as headed groups, separators as lines).
 */
export function drawMenus(menus: MenuRecord[], click: MenuClick): void {
  const bar = byId('menubar');
  clear(bar);
  for (const caption of ['Файл', 'Правка', 'Вид', 'Вставка', 'Формат', 'Данные', 'Инструменты']) {
    const stub = el('button', 'muted-menu', caption);
    stub.type = 'button';
    stub.title = 'В локальном запуске работает только меню дополнения';
    bar.appendChild(stub);
  }
  for (const menu of menus) {
    const button = el('button', '', menu.title);
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'menu');
    // §1.11: a published add-on's menu sits under Extensions, named after the add-on.
    if (menu.addon)
      button.title = 'В Google Таблицах это меню находится в «Расширения» под названием дополнения';
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      button.setAttribute('aria-expanded', 'true');
      showPopup(button, menuNodes(menu.items, click));
    });
    bar.appendChild(button);
  }
}

function menuNodes(entries: MenuEntry[], click: MenuClick): Node[] {
  const nodes: Node[] = [];
  for (const entry of entries) {
    if ('separator' in entry) nodes.push(el('hr'));
    else if ('submenu' in entry) {
      nodes.push(el('div', 'heading', entry.submenu));
      nodes.push(...menuNodes(entry.items, click));
    } else {
      const item = el('button', 'item', entry.caption);
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.addEventListener('click', () => {
        hidePopup();
        click(entry.functionName, entry.caption);
      });
      nodes.push(item);
    }
  }
  return nodes;
}
