/** One entry of a menu as a user would see it. */
export type MenuEntry =
  { caption: string; functionName: string } | { separator: true } | { submenu: string; items: MenuEntry[] };

/**
 * A menu added with `addToUi()`. `addon` is true for `createAddonMenu()`, and for `createMenu()` when the
 * script runs as a published add-on, whose caption is then ignored and the menu sits under Extensions (§1.11).
 * `title` is the caption the script gave (the add-on's name for `createAddonMenu`).
 */
export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

/** A sidebar or dialog on screen: the HtmlOutput's title (or the title argument) and content. */
export interface HtmlShown {
  title: string;
  html: string;
}

/** A modal or modeless dialog on screen. */
export interface DialogShown extends HtmlShown {
  modal: boolean;
}

/** A toast the script showed (§1.11). */
export interface ToastShown {
  message: string;
  title: string;
  /** Seconds; null = the default 5 s, negative = until dismissed (§1.11). */
  timeoutSeconds: number | null;
}

/** An alert or prompt the script showed, with the answer the test scripted. */
export interface AlertShown {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  answer: ScriptedAnswer;
}

/** An alert or prompt on screen that nobody answered yet: what the script asked, before it got a reply. */
export interface PendingQuestion {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  /** The ButtonSet's name: OK, OK_CANCEL, YES_NO or YES_NO_CANCEL. */
  buttons: string;
}

/** What the "user" answers to the next alert/prompt: a button name ('OK', 'YES'...), with text for prompts. */
export type ScriptedAnswer = string | { button: string; text?: string };

/** The plain-data part of the UI, as saved in snapshots. */
export interface UiState {
  addonName: string;
  publishedAsAddon: boolean;
  menus: MenuRecord[];
  sidebar: HtmlShown | null;
  dialog: DialogShown | null;
  toasts: ToastShown[];
  alerts: AlertShown[];
}

/** What the user of the spreadsheet sees: menus, sidebar, dialog, toasts; and answers for alerts/prompts. */
export class UiRecord implements UiState {
  /** The name Extensions shows for the add-on's menu. */
  addonName = 'Наставник';
  /** Whether createMenu() behaves as in a published add-on (caption ignored, under Extensions; §1.11). */
  publishedAsAddon = true;
  menus: MenuRecord[] = [];
  sidebar: HtmlShown | null = null;
  dialog: DialogShown | null = null;
  toasts: ToastShown[] = [];
  alerts: AlertShown[] = [];
  /**
   * The alert or prompt the script is showing, set before it takes a scripted answer and cleared once answered:
   * when no answer was scripted the execution fails, and this still says what was asked (title and buttons too),
   * so a host (the playground) can ask a person without running the script again. Not part of snapshots.
   */
  pendingQuestion: PendingQuestion | null = null;
  /**
   * Called when Ui.alert/prompt suspends the script: locks do not survive the suspension (§1.11, §6.1).
   * The platform module (LockService) should push a callback here that releases the execution's locks.
   */
  readonly _onSuspend: Array<() => void> = [];
  private answers: ScriptedAnswer[] = [];

  /** Queues the answers the "user" gives to the next alerts and prompts, in order. */
  scriptAnswers(answers: ScriptedAnswer[]): void {
    this.answers.push(...answers);
  }

  /** @internal The next scripted answer; throws a clear emulator error when the test scripted none. */
  _takeAnswer(kind: string, prompt: string): ScriptedAnswer {
    const answer = this.answers.shift();
    if (answer === undefined) {
      throw new Error(
        `emulator: Ui.${kind}(${JSON.stringify(prompt)}) was shown but the test scripted no answer; ` +
          'call ws.spreadsheet.ui.scriptAnswers([...]) first',
      );
    }
    return answer;
  }

  /** The function a menu item calls, found by the captions a user clicks (menu title, then item captions). */
  menuItem(title: string, ...captions: string[]): string | null {
    const menu = this.menus.find((m) => m.title === title);
    let items = menu?.items ?? [];
    for (const [i, caption] of captions.entries()) {
      const entry = items.find(
        (e) => ('caption' in e && e.caption === caption) || ('submenu' in e && e.submenu === caption),
      );
      if (!entry) return null;
      if ('functionName' in entry) return i === captions.length - 1 ? entry.functionName : null;
      if ('submenu' in entry) items = entry.items;
    }
    return null;
  }

  state(): UiState {
    const { addonName, publishedAsAddon, menus, sidebar, dialog, toasts, alerts } = this;
    return JSON.parse(
      JSON.stringify({ addonName, publishedAsAddon, menus, sidebar, dialog, toasts, alerts }),
    ) as UiState;
  }

  load(state: UiState): void {
    Object.assign(this, JSON.parse(JSON.stringify(state)) as UiState);
    this.answers = [];
    this.pendingQuestion = null;
  }
}
