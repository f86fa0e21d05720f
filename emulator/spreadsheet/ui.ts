import { GasObject } from '../core/gas-object';
import type { SpreadsheetStore } from './store';
import { enumValue, gas, type GMenu, type GUi } from './types';
import type { MenuEntry, ScriptedAnswer } from './ui-record';

/** `Ui.Button` as names. */
export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
/** `Ui.ButtonSet` as names. */
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});
const BUTTONS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

interface HtmlOutputLike {
  getTitle(): string;
  getContent(): string;
}

/** A menu being built; nothing shows until `addToUi()` (§1.11). */
export class FakeMenu extends GasObject implements Partial<GMenu> {
  readonly _items: MenuEntry[] = [];
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _title: string,
    readonly _addon: boolean,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'Menu');
  }
  addItem(caption: string, functionName: string): GMenu {
    this._items.push({ caption, functionName });
    return gas(this);
  }
  addSeparator(): GMenu {
    this._items.push({ separator: true });
    return gas(this);
  }
  addSubMenu(menu: GMenu): GMenu {
    const sub = menu as unknown as FakeMenu;
    this._items.push({ submenu: sub._title, items: JSON.parse(JSON.stringify(sub._items)) as MenuEntry[] });
    return gas(this);
  }
  /** Re-running onOpen replaces the menu of the same kind instead of adding a second one. */
  addToUi(): void {
    const ui = this._store.ui;
    const record = {
      title: this._title,
      addon: this._addon,
      items: JSON.parse(JSON.stringify(this._items)) as MenuEntry[],
    };
    const at = ui.menus.findIndex((m) => (record.addon ? m.addon : !m.addon && m.title === record.title));
    if (at >= 0) ui.menus[at] = record;
    else ui.menus.push(record);
  }
}

/** `SpreadsheetApp.getUi()`: menus in any mode with a UI; sidebars and dialogs need more (§1.11, §2.1). */
export class FakeUi extends GasObject implements Partial<GUi> {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  constructor(readonly _store: SpreadsheetStore) {
    super(_store.rt, 'SpreadsheetApp', 'Ui');
  }
  /** §1.11: as a published add-on the caption is ignored and the menu goes under Extensions. */
  createMenu(caption: string): GMenu {
    return gas(new FakeMenu(this._store, caption, this._store.ui.publishedAsAddon));
  }
  createAddonMenu(): GMenu {
    return gas(new FakeMenu(this._store, this._store.ui.addonName, true));
  }
  /** §2.1: "Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED." */
  showSidebar(userInterface: HtmlOutputLike): void {
    this._store.rt.require('dialogs', 'Ui.showSidebar');
    this._store.ui.sidebar = this._html(userInterface);
  }
  showModalDialog(userInterface: HtmlOutputLike, title: string): void {
    this._store.rt.require('dialogs', 'Ui.showModalDialog');
    this._store.ui.dialog = { ...this._html(userInterface, title), modal: true };
  }
  showModelessDialog(userInterface: HtmlOutputLike, title: string): void {
    this._store.rt.require('dialogs', 'Ui.showModelessDialog');
    this._store.ui.dialog = { ...this._html(userInterface, title), modal: false };
  }
  /** §1.11: the title argument overrides HtmlOutput.setTitle. */
  _html(output: HtmlOutputLike, title?: string): { title: string; html: string } {
    return this._store.rt.internal(() => ({ title: title ?? output.getTitle(), html: output.getContent() }));
  }

  /** `alert(prompt)`, `alert(prompt, buttons)`, `alert(title, prompt, buttons)`; returns the scripted button. */
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] = dialogArgs(args);
    return enumValue(this._answer('alert', title, prompt, buttons).button);
  }
  /** Like alert, with the typed text in a PromptResponse; the default buttons are OK only. */
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] = dialogArgs(args);
    const { button, text } = this._answer('prompt', title, prompt, buttons);
    return gas(new FakePromptResponse(this._store, button, text));
  }
  /** §1.11: the script is suspended while the dialog is open, and locks do not survive it. */
  _answer(
    kind: 'alert' | 'prompt',
    title: string,
    prompt: string,
    buttons: string,
  ): { button: string; text: string } {
    this._store.rt.require('dialogs', `Ui.${kind}`);
    const ui = this._store.ui;
    // Shown before it is answered: without a scripted answer the execution fails, and this says what was asked.
    ui.pendingQuestion = { kind, title, prompt, buttons };
    const answer: ScriptedAnswer = ui._takeAnswer(kind, prompt);
    const button = typeof answer === 'string' ? answer : answer.button;
    const text = typeof answer === 'string' ? '' : (answer.text ?? '');
    if (button !== 'CLOSE' && !BUTTONS[buttons].includes(button)) {
      throw new Error(`emulator: scripted answer ${button} is not a button of ButtonSet.${buttons}`);
    }
    ui.pendingQuestion = null;
    for (const hook of ui._onSuspend) hook();
    ui.alerts.push({ kind, title, prompt, buttons, answer });
    return { button, text };
  }
}

function dialogArgs(args: unknown[]): [string, string, string] {
  const s = args.map((a) => String(a));
  if (s.length >= 3) return [s[0], s[1], s[2]];
  if (s.length === 2 && s[1] in BUTTONS) return ['', s[0], s[1]];
  if (s.length === 2) return [s[0], s[1], 'OK'];
  return ['', s[0] ?? '', 'OK'];
}

/** What `Ui.prompt` returns. */
export class FakePromptResponse extends GasObject implements Partial<GoogleAppsScript.Base.PromptResponse> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _button: string,
    readonly _text: string,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'PromptResponse');
  }
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return enumValue(this._button);
  }
}
