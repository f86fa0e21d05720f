import type { MenuRecord, ScriptedAnswer } from '../emulator/spreadsheet/ui-record';
import type { PlatformState } from '../emulator/platform/state';
import type { WorkspaceSnapshot } from '../emulator/workspace';
import { editCell, type CellEdit } from './cell-edit';
import { chartsOf, type ChartView } from './chart-view';
import { advanceClock, documentsOf, uiOf, type DocEntry } from './emulator-adapter';
import { formsOf, submitForm, type FormSubmission } from './forms-and-triggers';
import { menusOf } from './menus';
import { errorOf, type Outcome } from './outcome';
import { ScriptHost } from './script-host';
import type { CompiledScript } from '../emulator/script-loader';
import { startSnapshot } from './start-state';
import { readStateFile, writeStateFile, type Panel } from './state-file';
import { workbookView, type WorkbookView } from './workbook-view';

/** A toast as the page shows it. */
export interface ToastView {
  id: number;
  title: string;
  message: string;
  timeoutSeconds: number | null;
}

/** Everything the page draws, as JSON. */
export interface PageState {
  revision: number;
  /** The emulator's clock, ISO. */
  now: string;
  start: string;
  workbook: WorkbookView;
  menus: MenuRecord[];
  sidebar: { id: number; title: string } | null;
  dialog: { id: number; title: string; modal: boolean } | null;
  toasts: ToastView[];
  documents: DocEntry[];
  forms: Array<{ id: string; title: string; responses: number; accepting: boolean }>;
  /** The charts on the sheet shown. */
  charts: ChartView[];
  /** What MailApp "sent", newest last (nothing leaves the machine). */
  mail: PlatformState['outbox'];
  /** Trigger runs and the script's log lines, newest last. */
  executions: PlatformState['executions'];
  log: PlatformState['log'];
}

/**
 * The question an execution stopped at, nobody having answered it yet: what the person's answer goes on from.
 * The Workspace keeps what the execution wrote before asking, as Apps Script keeps the writes of a script stopped
 * at an alert; the answer runs the execution again from `before` with one answer more.
 */
interface OpenQuestion {
  /** Which execution asked: the menu item, or the google.script.run call with its arguments. */
  key: string;
  /** The answers it had been given before this question, as JSON. */
  answers: string;
  /** The Workspace before the click. */
  before: WorkspaceSnapshot;
}

/** What an answer to a question that no longer waits comes back with. */
const STOPPED = {
  name: 'Error',
  message:
    'Этот вопрос больше не ждёт ответа: выполнение остановилось на нём, записанное до вопроса сохранено. ' +
    'Запустите действие ещё раз.',
};

/** How many mails, runs and log lines the page gets. */
const RECENT = 50;

/**
 * One person's playground: the add-on on its Workspace, what the page shows around the sheet (sidebar, dialog,
 * toasts), saved to a file after every action so a restart carries on where it stopped.
 */
export class PlaygroundSession {
  host: ScriptHost;
  sidebar: Panel | null = null;
  dialog: Panel | null = null;
  revision = 0;
  private toasts: ToastView[] = [];
  /** The Workspace as last saved (so a click that may ask need not take a snapshot of its own), or null. */
  private saved: WorkspaceSnapshot | null = null;
  /** The question the last execution stopped at, while its answer can still go on from there. */
  private question: OpenQuestion | null = null;
  /** The saved state this session went on from, or null when it started afresh. */
  restoredFrom: string | null = null;
  private dirty = false;
  private pending: NodeJS.Immediate | null = null;
  private seq = 0;
  private demo: WorkspaceSnapshot | undefined;

  constructor(
    private readonly compiled: CompiledScript,
    readonly start: 'demo' | 'empty',
    private readonly stateFile: string | null,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.host = this.restoreSaved() ?? new ScriptHost(compiled, this.startState());
    this.open();
  }

  /** The host of the saved state, when there is one of this start kind that this version can load. */
  private restoreSaved(): ScriptHost | null {
    const saved = this.stateFile ? readStateFile(this.stateFile) : null;
    if (!saved || saved.start !== this.start) return null;
    try {
      const host = new ScriptHost(this.compiled, saved.workspace);
      this.sidebar = saved.sidebar;
      this.dialog = saved.dialog;
      this.seq = saved.seq;
      this.restoredFrom = this.stateFile;
      return host;
    } catch (error) {
      this.log(
        `Сохранённое состояние не подходит к этой версии (${errorOf(error).message}), начинаю заново.`,
      );
      return null;
    }
  }

  /** The start workbook, built once (the demo takes a moment) and reused by «Сбросить». */
  private startState(): WorkspaceSnapshot | undefined {
    if (this.start === 'empty') return undefined;
    this.demo ??= startSnapshot(this.compiled, this.start);
    return this.demo;
  }

  /** Opening the file in a browser: onOpen builds the menu again (as a simple trigger, LIMITED). */
  open(): Outcome {
    this.question = null;
    const outcome = this.host.open('LIMITED');
    this.changed();
    return outcome;
  }

  /** «Сбросить»: back to the demo (or an empty workbook), sidebar closed. */
  reset(): void {
    this.question = null;
    this.host.reload(this.startState());
    this.sidebar = null;
    this.dialog = null;
    this.toasts = [];
    this.open();
  }

  /** A menu click, with the person's answers so far to the handler's alerts and prompts (see `asking`). */
  clickMenu(functionName: string, answers: ScriptedAnswer[]): Outcome {
    return this.asking(`меню ${functionName}`, `menu ${functionName}`, answers, () =>
      this.host.runMenu(functionName, answers),
    );
  }

  /** A google.script.run call from the sidebar or dialog, with the person's answers so far to its questions. */
  invoke(functionName: string, args: unknown[], answers: ScriptedAnswer[] = []): Outcome {
    const key = `run ${functionName} ${JSON.stringify(args)}`;
    return this.asking(`google.script.run.${functionName}`, key, answers, () =>
      this.host.invokeAsking(functionName, args, answers),
    );
  }

  /**
   * An execution that may ask the person. With no answers it is a new click: it runs on the Workspace as it is,
   * and at a question nobody answered it stops, keeping what it wrote before the question — so closing the page
   * or never answering leaves the workbook as Apps Script leaves a script stopped at an alert. With answers it
   * goes on from that question: the Workspace goes back to before the click and the execution runs again with
   * the answers so far, so what came before the question happens once. An answer to a question that no longer
   * waits (another action came first, or the server restarted) is refused: its execution has stopped.
   */
  private asking(what: string, key: string, answers: ScriptedAnswer[], run: () => Outcome): Outcome {
    const open = this.question;
    let before: WorkspaceSnapshot;
    if (answers.length === 0) before = this.saved ?? this.host.ws.snapshot();
    else if (open?.key === key && open.answers === JSON.stringify(answers.slice(0, -1))) {
      before = open.before;
      this.host.reload(before);
    } else return this.watch(what, () => ({ ok: false, error: STOPPED }));
    return this.watch(what, () => {
      const outcome = run();
      if ('question' in outcome) this.question = { key, answers: JSON.stringify(answers), before };
      return outcome;
    });
  }

  /** A person types into a cell (or picks from its dropdown). */
  edit(edit: CellEdit): Outcome {
    return this.watch(`правка ${edit.sheet}!R${edit.row}C${edit.column}`, () => editCell(this.host, edit));
  }

  /** Moves the emulator's clock on, firing the time-driven triggers that come due. */
  advanceClock(ms: number): Outcome {
    return this.watch(`часы +${Math.round(ms / 60000)} мин`, () => {
      advanceClock(this.host.ws, ms);
      return { ok: true, value: new Date(this.host.ws.rt.now).toISOString() };
    });
  }

  /** google.script.host.close() from the sidebar or dialog. */
  closePanel(which: 'sidebar' | 'dialog'): void {
    this[which] = null;
    this.changed();
  }

  /** A respondent sends a form from its public page. */
  submitForm(submission: FormSubmission): Outcome {
    return this.watch(`ответ на форму ${submission.form}`, () => {
      try {
        return { ok: true, value: submitForm(this.host.ws, submission) ?? null };
      } catch (thrown) {
        return { ok: false, error: errorOf(thrown) };
      }
    });
  }

  /** The sidebar's or dialog's HTML as the script made it. */
  panelHtml(which: 'sidebar' | 'dialog'): string | null {
    return this[which]?.html ?? null;
  }

  /** What the page draws now: every sheet's name, and the cells of one (the active sheet when not given). */
  state(sheet?: string): PageState {
    const ws = this.host.ws;
    const only = sheet || ws.rt.internal(() => ws.spreadsheet.active.getActiveSheet().getName());
    return {
      revision: this.revision,
      now: new Date(ws.rt.now).toISOString(),
      start: this.start,
      workbook: workbookView(ws, { only }),
      menus: menusOf(ws),
      sidebar: this.sidebar && { id: this.sidebar.id, title: this.sidebar.title },
      dialog: this.dialog && { id: this.dialog.id, title: this.dialog.title, modal: !!this.dialog.modal },
      toasts: this.toasts,
      documents: documentsOf(ws),
      forms: formsOf(ws).map((f) => ({
        id: f.id,
        title: f.title || f.fileName,
        responses: f.responses.length,
        accepting: f.acceptingResponses,
      })),
      charts: chartsOf(ws, only),
      mail: ws.platform.outbox.slice(-RECENT),
      executions: ws.platform.executions.slice(-RECENT),
      log: ws.platform.log.slice(-RECENT),
    };
  }

  /** Runs an action, then picks up what it showed (sidebar, dialog, toasts) and saves. */
  private watch(what: string, action: () => Outcome): Outcome {
    // Any action but the answer (which sets it again) leaves a question nobody answered behind for good.
    this.question = null;
    // What this action shows is told apart from what earlier ones showed by clearing the record first.
    const before = uiOf(this.host.ws);
    before.sidebar = null;
    before.dialog = null;
    const toastsBefore = before.toasts.length;
    const outcome = action();
    this.log(`${what}: ${summary(outcome)}`);
    // What an execution showed before a question is shown when it runs again with the answer.
    const ui = uiOf(this.host.ws);
    if (ui === before && !('question' in outcome)) {
      if (ui.sidebar) this.sidebar = { id: ++this.seq, title: ui.sidebar.title, html: ui.sidebar.html };
      if (ui.dialog) this.dialog = { id: ++this.seq, ...ui.dialog };
      const fresh = ui.toasts.slice(toastsBefore).map((t) => ({ id: ++this.seq, ...t }));
      this.toasts = [...this.toasts, ...fresh].slice(-5);
    }
    this.changed();
    return outcome;
  }

  /** Writes the state file now if an action changed something since the last write (Ctrl+C calls it too). */
  flush(): void {
    if (this.pending) clearImmediate(this.pending);
    this.pending = null;
    if (this.dirty) this.save();
  }

  private changed(): void {
    this.revision++;
    this.saved = null;
    this.dirty = true;
    // Saved right after the answer goes out: a snapshot of the whole Workspace takes longer than most clicks.
    if (this.stateFile && !this.pending) this.pending = setImmediate(() => this.flush());
  }

  private save(): void {
    this.dirty = false;
    if (!this.stateFile) return;
    this.saved = this.host.ws.snapshot();
    writeStateFile(this.stateFile, {
      format: 'nastavnik-playground/1',
      start: this.start,
      workspace: this.saved,
      sidebar: this.sidebar,
      dialog: this.dialog,
      seq: this.seq,
    });
  }
}

/** One line for the terminal: how an action ended. */
function summary(outcome: Outcome): string {
  if (outcome.ok) return 'ok';
  return 'question' in outcome ? `вопрос «${outcome.question.prompt}»` : `${outcome.error.message}`;
}
