/**
 * The sidebar beside the grid: the script's HTML in an iframe, loaded again when the script shows another one, and
 * refreshed after a menu item changed the workbook's sheets — at once when the person has typed nothing into it,
 * else only when they click «Обновить панель», so nothing typed is lost.
 */
import type { PageState } from '../session';
import { byId } from './dom';

let shown = 0;
/** Whether the person typed into the sidebar since it last loaded. */
let typed = false;

/** Wires the iframe's loads and the «Обновить панель» button once. */
export function initSidebar(): void {
  const frame = byId<HTMLIFrameElement>('sidebar-frame');
  frame.addEventListener('load', () => {
    typed = false;
    byId('sidebar-stale').hidden = true;
    // Same origin (the playground serves the panel): typing anywhere in it counts, whatever the sidebar is.
    frame.contentDocument?.addEventListener('input', () => (typed = true), true);
  });
  byId('sidebar-reload').addEventListener('click', reload);
}

/** Shows the sidebar of this state, loading its page when the script showed a new one; hides it when closed. */
export function drawSidebar(next: PageState): void {
  const aside = byId('sidebar');
  if (!next.sidebar) {
    aside.hidden = true;
    shown = 0;
    return;
  }
  aside.hidden = false;
  byId('sidebar-title').textContent = next.sidebar.title;
  if (next.sidebar.id !== shown) {
    shown = next.sidebar.id;
    byId<HTMLIFrameElement>('sidebar-frame').src = `/panel/sidebar?id=${next.sidebar.id}`;
  }
}

/** The sidebar on the page now (its id), or 0. */
export function shownSidebar(): number {
  return shown;
}

/**
 * After a menu item changed the sheets: the add-on's sidebar loads its data when it opens, so it would go on
 * showing what it read before (say «Нет листа…» after «Настроить таблицу»). Loads it again, or offers to.
 */
export function sheetsChanged(): void {
  if (!shown) return;
  if (typed) byId('sidebar-stale').hidden = false;
  else reload();
}

function reload(): void {
  byId('sidebar-stale').hidden = true;
  byId<HTMLIFrameElement>('sidebar-frame').contentWindow?.location.reload();
}
