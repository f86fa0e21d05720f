import type { MenuEntry, MenuRecord } from '../emulator/spreadsheet/ui-record';
import type { Workspace } from '../emulator/workspace';
import { uiOf } from './emulator-adapter';

/** The menus onOpen added, as the emulator recorded them (empty before onOpen or without a UI record). */
export function menusOf(ws: Workspace): MenuRecord[] {
  return uiOf(ws)?.menus ?? [];
}

/** A menu item's path as a person clicks it: «Наставничество › Настроить таблицу». */
export interface MenuItemView {
  path: string[];
  functionName: string;
}

/** Every clickable item of every menu, in order, with the captions leading to it. */
export function menuItems(menus: readonly MenuRecord[]): MenuItemView[] {
  const out: MenuItemView[] = [];
  const visit = (entries: readonly MenuEntry[], path: string[]): void => {
    for (const entry of entries) {
      if ('functionName' in entry)
        out.push({ path: [...path, entry.caption], functionName: entry.functionName });
      else if ('submenu' in entry) visit(entry.items, [...path, entry.submenu]);
    }
  };
  for (const menu of menus) visit(menu.items, [menu.title]);
  return out;
}

/**
 * The function of the item a caption names: the item's own caption («О программе») or its whole path joined by
 * « › » («Наставничество › О программе»). Null when no item matches.
 */
export function findMenuFunction(menus: readonly MenuRecord[], caption: string): string | null {
  const wanted = caption.split('›').map((part) => part.trim());
  for (const item of menuItems(menus)) {
    const tail = item.path.slice(-wanted.length);
    if (tail.length === wanted.length && tail.every((c, i) => c === wanted[i])) return item.functionName;
  }
  return null;
}
