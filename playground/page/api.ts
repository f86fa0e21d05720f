import type { ScriptedAnswer } from '../../emulator/spreadsheet/ui-record';
import type { CellEdit } from '../cell-edit';
import type { Outcome } from '../outcome';
import type { PageState } from '../session';

let sheet = '';

/** The sheet whose cells every answer should carry (the tab the person looks at). */
export function showSheet(name: string): void {
  sheet = name;
}

/** Calls the playground server; a failed request throws with the server's Russian message. */
async function request<T>(path: string, body?: unknown): Promise<T> {
  const url = sheet ? `${path}?sheet=${encodeURIComponent(sheet)}` : path;
  const response = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(data.error ?? `Ошибка сервера ${response.status}`);
  return data;
}

/** What the page draws now. */
export const getState = (): Promise<PageState> => request<PageState>('/api/state');

/** Clicks a menu item with the answers given so far to its alerts and prompts. */
export const clickMenu = (
  functionName: string,
  answers: ScriptedAnswer[],
): Promise<{ outcome: Outcome; state: PageState }> => request('/api/menu', { functionName, answers });

/** A person types into a cell (1-based row and column of a sheet). */
export const editCell = (edit: CellEdit): Promise<{ outcome: Outcome; state: PageState }> =>
  request('/api/edit', edit);

/** Closes the sidebar or dialog (google.script.host.close or the × button). */
export const closePanel = (which: 'sidebar' | 'dialog'): Promise<{ state: PageState }> =>
  request('/api/close', { which });

/** Moves the emulator's clock on by `ms`. */
export const advanceClock = (ms: number): Promise<{ outcome: Outcome; state: PageState }> =>
  request('/api/clock', { ms });

/** «Сбросить»: back to the start workbook. */
export const reset = (): Promise<{ state: PageState }> => request('/api/reset', {});
