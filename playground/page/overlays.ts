import type { Question } from '../outcome';
import { byId, clear, el } from './dom';

/** Russian labels of the Ui.Button names, as Sheets shows them to a Russian-speaking curator. */
const BUTTON_LABELS: Record<string, string> = { OK: 'ОК', CANCEL: 'Отмена', YES: 'Да', NO: 'Нет' };

const BUTTON_SETS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

let onClose: (() => void) | null = null;

/** Opens the modal with a title, a body built by the caller and buttons; × or Esc calls `closed`. */
export function openModal(
  title: string,
  body: Node[],
  buttons: HTMLButtonElement[],
  closed: () => void,
): void {
  byId('modal-title').textContent = title;
  const bodyEl = byId('modal-body');
  clear(bodyEl);
  body.forEach((node) => bodyEl.appendChild(node));
  const buttonsEl = byId('modal-buttons');
  clear(buttonsEl);
  buttons.forEach((b) => buttonsEl.appendChild(b));
  onClose = closed;
  byId('overlay').hidden = false;
  (buttons[buttons.length - 1] ?? byId('modal-close')).focus();
}

/** Closes the modal without calling its close handler. */
export function closeModal(): void {
  onClose = null;
  byId('overlay').hidden = true;
  clear(byId('modal-body'));
}

/** Wires the × button and the Escape key once. */
export function initModal(): void {
  const dismiss = (): void => {
    const handler = onClose;
    closeModal();
    handler?.();
  };
  byId('modal-close').addEventListener('click', dismiss);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !byId('overlay').hidden) dismiss();
  });
}

/**
 * Shows an alert or prompt the script is waiting on and resolves with the person's answer in the emulator's
 * scripted-answer form: a button name, or { button, text } for a prompt. Closing with × answers CLOSE.
 */
export function askQuestion(question: Question): Promise<string | { button: string; text: string }> {
  return new Promise((resolve) => {
    const body: Node[] = [el('p', '', question.prompt)];
    const input = el('input');
    input.type = 'text';
    if (question.kind === 'prompt') body.push(input);
    const answer = (button: string): void => {
      closeModal();
      resolve(question.kind === 'prompt' ? { button, text: input.value } : button);
    };
    const names = BUTTON_SETS[question.buttons] ?? ['OK'];
    const buttons = names.map((name, i) => {
      const b = el('button', i === 0 ? 'primary' : '', BUTTON_LABELS[name] ?? name);
      b.type = 'button';
      b.dataset.button = name;
      b.addEventListener('click', () => answer(name));
      return b;
    });
    openModal(question.title || 'Сообщение', body, buttons, () =>
      resolve(question.kind === 'prompt' ? { button: 'CLOSE', text: '' } : 'CLOSE'),
    );
    if (question.kind === 'prompt') input.focus();
  });
}

/** A toast at the lower right: gone after its timeout (5 s when null), or on click when the timeout is negative. */
export function showToast(
  title: string,
  message: string,
  timeoutSeconds: number | null,
  error = false,
): void {
  const toast = el('div', error ? 'toast error' : 'toast');
  toast.setAttribute('role', error ? 'alert' : 'status');
  if (title) toast.appendChild(el('b', '', title));
  toast.appendChild(el('span', '', message));
  toast.addEventListener('click', () => toast.remove());
  byId('toasts').appendChild(toast);
  const seconds = timeoutSeconds === null ? 5 : timeoutSeconds;
  if (seconds >= 0) setTimeout(() => toast.remove(), Math.max(seconds, 2) * 1000);
}

/** A small list under an element: a dropdown's choices or a menu's items. */
export function showPopup(anchor: HTMLElement, items: Node[]): void {
  const popup = byId('popup');
  clear(popup);
  items.forEach((item) => popup.appendChild(item));
  const box = anchor.getBoundingClientRect();
  popup.style.left = `${Math.min(box.left, window.innerWidth - 260)}px`;
  popup.style.top = `${box.bottom + 2}px`;
  popup.hidden = false;
}

/** Hides the popup. */
export function hidePopup(): void {
  byId('popup').hidden = true;
}

/** A modal list of links (documents, forms), each opening in a new tab; `empty` when there is none. */
export function showLinks(
  title: string,
  entries: Array<{ label: string; href: string; extra?: string; download?: string }>,
  empty: string,
): void {
  const body: Node[] = [];
  if (!entries.length) body.push(el('p', 'muted', empty));
  const list = el('ul');
  for (const entry of entries) {
    const li = el('li');
    const link = el('a', '', entry.label);
    link.href = entry.href;
    link.target = '_blank';
    link.rel = 'noopener';
    li.appendChild(link);
    if (entry.extra) li.appendChild(el('span', 'muted', ` — ${entry.extra}`));
    if (entry.download) {
      li.appendChild(document.createTextNode(' · '));
      const dl = el('a', '', 'скачать .html');
      dl.href = entry.download;
      li.appendChild(dl);
    }
    list.appendChild(li);
  }
  if (entries.length) body.push(list);
  openModal(title, body, [], () => undefined);
}
