import type { WorkspaceSnapshot } from '../emulator/workspace';
import { editCell } from './cell-edit';
import { advanceClock } from './emulator-adapter';
import {
  DEMO_MENTEES,
  DEMO_MENTORS,
  DEMO_MENTORSHIPS,
  DEMO_NEWCOMER,
  DEMO_PLANS,
  DEMO_PROGRAMMES,
  DEMO_ROADMAP,
  DEMO_SETTINGS,
} from './demo-data';
import type { Outcome } from './outcome';
import { ScriptHost } from './script-host';
import type { CompiledScript } from '../emulator/script-loader';
import { workbookView } from './workbook-view';

/** The demo's "today": the first term is well under way. */
export const DEMO_TODAY = '2025-11-20T09:00:00+03:00';

/** The demo workbook's name, as a curator would call it. */
export const DEMO_WORKBOOK_NAME = 'Реестр наставничества — Детский сад № 7 «Солнышко»';

/**
 * Builds the demo kindergarten only through the add-on's own functions — the menu handlers a curator clicks and
 * the endpoints the sidebars call — never by writing cells behind its back. A stage whose function the add-on
 * does not have yet is skipped, so the demo grows with the registry.
 */
export class DemoBuilder {
  readonly problems: string[] = [];

  constructor(readonly host: ScriptHost) {}

  /** Runs every stage, the clock moving through the autumn as a curator's would; returns what did not work. */
  build(): string[] {
    this.host.ws.rt.internal(() => this.host.ws.spreadsheet.active.rename(DEMO_WORKBOOK_NAME));
    this.host.open();
    if (this.has('setupWorkbook'))
      this.check('Настроить таблицу', this.host.runWith('setupWorkbook', [], 'menu'));
    this.typeSettings();
    this.at('2025-09-05T10:00:00+03:00');
    const mentors = this.has('addMentor') ? DEMO_MENTORS.map((m) => this.sidebar('addMentor', m)) : [];
    const mentees = this.has('addMentee') ? DEMO_MENTEES.map((m) => this.sidebar('addMentee', m)) : [];
    if (!this.has('createMentorship') || mentors.includes(null) || mentees.includes(null))
      return this.problems;
    this.at('2025-09-12T11:00:00+03:00');
    const pairs = DEMO_MENTORSHIPS.map((p) =>
      this.sidebar('createMentorship', {
        mentorId: mentors[p.mentor],
        menteeIds: p.mentees.map((i) => mentees[i]),
        form: 'педагог – педагог',
        kinds: p.kinds,
        startDate: p.start,
        endDate: p.end,
      }),
    );
    this.at('2025-09-15T09:30:00+03:00');
    if (this.has('updateMentorship')) {
      for (const id of pairs) {
        if (!id) continue;
        for (const status of ['утверждена', 'идёт']) this.sidebar('updateMentorship', { id, status });
      }
    }
    if (!this.has('saveProgrammePlan')) return this.problems;
    this.at('2025-09-19T15:00:00+03:00');
    DEMO_MENTORSHIPS.forEach((p, i) => {
      if (!pairs[i]) return;
      const programme = { ...DEMO_PROGRAMMES[i], startDate: p.start, endDate: p.end };
      const events = DEMO_PLANS[i].map((e) => ({ ...e, done: false }));
      this.sidebar('saveProgrammePlan', { mentorshipId: pairs[i], programme, events });
    });
    this.at('2025-11-17T12:00:00+03:00');
    this.sidebar('addMentee', DEMO_NEWCOMER);
    this.at(DEMO_TODAY);
    for (const id of pairs) if (id) this.markDone(id);
    this.typeRoadmap();
    // The curator checks the registry, and ends looking at the pairs.
    if (this.has('checkData')) this.check('Проверить данные', this.host.runWith('checkData', [], 'menu'));
    this.host.ws.rt.internal(() => this.host.ws.spreadsheet.select('Пары и группы!A1'));
    return this.problems;
  }

  /** The curator ticks the events whose deadline has passed, in the pair's sidebar, and saves the plan. */
  private markDone(mentorshipId: string): void {
    const loaded = this.host.invoke('loadProgrammeSidebar', [mentorshipId]);
    if (!this.check('loadProgrammeSidebar', loaded) || !loaded.ok) return;
    const { programme, events } = loaded.value as {
      programme: Record<string, unknown> | null;
      events: Array<{ deadline?: string }>;
    };
    if (!programme) return;
    const today = new Date(this.host.ws.rt.now).toISOString().slice(0, 10);
    const updated = events.map((e) =>
      e.deadline && e.deadline < today ? { ...e, done: true, doneDate: e.deadline } : e,
    );
    this.sidebar('saveProgrammePlan', { mentorshipId, programme, events: updated });
  }

  /** Moves the clock forward to a moment (never back), firing the time-driven triggers that come due. */
  private at(iso: string): void {
    const target = Date.parse(iso);
    if (target > this.host.ws.rt.now) advanceClock(this.host.ws, target - this.host.ws.rt.now);
  }

  /**
   * «Настройки» is the sheet a curator fills in by hand (the add-on reads it and has no endpoint for it), so the
   * demo types the values into its cells as a person would in the page: same parsing, same onEdit.
   */
  private typeSettings(): void {
    this.typeByRow('Настройки', 'Параметр', (parameter) => {
      const value = DEMO_SETTINGS[parameter];
      return value === undefined ? undefined : { Значение: value };
    });
  }

  /** «Дорожная карта» has no endpoint either: the curator types the statuses of the year's items so far. */
  private typeRoadmap(): void {
    this.typeByRow('Дорожная карта', '№', (number) => {
      const item = DEMO_ROADMAP[number];
      if (!item) return undefined;
      return { Статус: item.status, ...(item.doneDate ? { 'Дата выполнения': item.doneDate } : {}) };
    });
  }

  /**
   * Types into a sheet's rows as a person would: each row found by the text under the header `by`, its cells by
   * their headers (what `cells` answers for that text; undefined: the row is left alone).
   */
  private typeByRow(
    sheetName: string,
    by: string,
    cells: (text: string) => Record<string, string> | undefined,
  ): void {
    const sheet = workbookView(this.host.ws, { full: true }).sheets.find((s) => s.name === sheetName);
    if (!sheet) return;
    const header = sheet.rows[0]?.map((c) => c.text) ?? [];
    const key = header.indexOf(by);
    if (key < 0) return;
    sheet.rows.forEach((row, i) => {
      const text = row[key]?.text ?? '';
      for (const [column, value] of Object.entries(cells(text) ?? {})) {
        const at = header.indexOf(column) + 1;
        if (at < 1) continue;
        const edit = { sheet: sheet.name, row: i + 1, column: at, text: value };
        this.check(`${sheetName}: ${text}, ${column}`, editCell(this.host, edit));
      }
    });
  }

  private has(name: string): boolean {
    return this.host.has(name);
  }

  /** A sidebar call; answers the saved record's ID, or null (the problem is noted). */
  private sidebar(name: string, input: unknown): string | null {
    const outcome = this.host.invoke(name, [input]);
    if (!this.check(name, outcome) || !outcome.ok) return null;
    const value = outcome.value as { id?: unknown } | null;
    return value && typeof value.id === 'string' ? value.id : null;
  }

  private check(what: string, outcome: Outcome): boolean {
    if (outcome.ok) return true;
    this.problems.push(`${what}: ${'question' in outcome ? outcome.question.prompt : outcome.error.message}`);
    return false;
  }
}

/** Builds the demo workbook on a fresh host; returns its snapshot and what did not work. */
export function buildDemo(compiled: CompiledScript): { snapshot: WorkspaceSnapshot; problems: string[] } {
  const host = new ScriptHost(compiled);
  const problems = new DemoBuilder(host).build();
  return { snapshot: host.ws.snapshot(), problems };
}
