/**
 * The benchmark's workbooks: *school* built entirely through the add-on's own endpoints (dist/Code.js loaded as
 * Apps Script loads it), and *large* set up by the add-on and then filled with the add-on's own rows
 * (`toRow` + the sheet table store's `append`) in one batch per table — the same rows the endpoints write, but
 * without 3,000 saves that would each read the growing registry (about an hour at 12,000 plan events).
 */
import { loadBundle } from '../../emulator/script-loader';
import { Workspace } from '../../emulator/workspace';
import { formatId } from '../../src/domain/registry/ids';
import {
  MENTEES_TABLE,
  MENTORS_TABLE,
  MENTORSHIPS_TABLE,
  PLAN_EVENTS_TABLE,
  PROGRAMMES_TABLE,
} from '../../src/domain/registry/tables';
import type { TableSpec } from '../../src/domain/registry/table-spec';
import { toRow } from '../../src/domain/registry/to-row';
import { DIRECTIONS, QUALIFICATION_CATEGORIES } from '../../src/domain/vocabulary';
import { SheetTableStore } from '../../src/gas/registry/sheet-table-store';
import type { Cells } from '../../src/ports/table-store';

/** How many of everything a workbook holds. */
export interface WorkbookSize {
  mentors: number;
  mentees: number;
  /**
   * Pairs and groups, each with a programme: a tenth of the mentees (at least 3) wait for a mentor, the last of
   * the others are in groups of two, the rest in pairs.
   */
  pairs: number;
  /** Plan events of all the programmes. */
  planEvents: number;
}

export const SCHOOL: WorkbookSize = { mentors: 20, mentees: 25, pairs: 20, planEvents: 300 };
export const LARGE: WorkbookSize = { mentors: 800, mentees: 1200, pairs: 1000, planEvents: 12000 };

/**
 * The first pairs are alike in every workbook (a mentee each, a plan of 12 events), so an action on them shows
 * the same data on *school* and *large*: what differs is only how many rows are around them.
 */
const ALIKE = 10;
const ALIKE_EVENTS = 12;

/** The large workbook scaled down (at least the school's rows), e.g. 0.1 for a quick run. */
export function scaled(size: WorkbookSize, scale: number): WorkbookSize {
  const n = (v: number, floor: number) => Math.max(floor, Math.round(v * scale));
  const mentors = n(size.mentors, SCHOOL.mentors);
  const pairs = n(size.pairs, SCHOOL.pairs);
  const mentees = n(size.mentees, SCHOOL.mentees);
  return {
    mentors,
    pairs,
    mentees: Math.max(mentees, pairs + waitingCount(mentees)),
    planEvents: pairs * ALIKE_EVENTS,
  };
}

/** What a curator types into «Настройки» after setup. */
const SETTINGS: Readonly<Record<string, string>> = {
  orgFullName: 'Государственное бюджетное дошкольное образовательное учреждение детский сад № 64',
  orgShortName: 'ГБДОУ детский сад № 64',
  headName: 'Тимофеева Елена Викторовна',
  curatorName: 'Петрова Анна Сергеевна',
};

const SURNAMES = [
  ...['Иванова', 'Смирнова', 'Кузнецова', 'Попова', 'Васильева', 'Соколова', 'Михайлова', 'Новикова'],
  ...['Морозова', 'Волкова', 'Лебедева', 'Егорова', 'Павлова', 'Козлова', 'Степанова', 'Николаева'],
  ...['Орлова', 'Андреева', 'Макарова', 'Захарова'],
];
const FIRST_NAMES = [
  ...['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Юлия', 'Дарья'],
  ...['Вера', 'Галина'],
];
const PATRONYMICS = [
  ...['Ивановна', 'Петровна', 'Сергеевна', 'Андреевна', 'Викторовна', 'Николаевна', 'Олеговна'],
  ...['Игоревна', 'Павловна', 'Юрьевна', 'Львовна'],
];
const POSITIONS = ['воспитатель', 'учитель-логопед', 'музыкальный руководитель', 'педагог-психолог'];

const at = <T>(items: readonly T[], i: number): T => items[i % items.length];
/**
 * The p-th person's name, different for every p below 2,640 (mentors are 2i, mentees 2i + 1): the add-on finds
 * a person's traces by name, so a name shared by many rows would make the large workbook's actions do more.
 */
const name = (p: number) => ({
  surname: at(SURNAMES, p),
  firstName: at(FIRST_NAMES, Math.floor(p / SURNAMES.length)),
  patronymic: at(PATRONYMICS, Math.floor(p / (SURNAMES.length * FIRST_NAMES.length))),
});

/** The i-th mentor (0-based) as the mentor sidebar sends it. */
export function mentorInput(i: number): Record<string, unknown> {
  return {
    ...name(2 * i),
    position: at(POSITIONS, i),
    experienceYears: 5 + (i % 30),
    qualification: at(QUALIFICATION_CATEGORIES.slice(2), i),
    competencies: [at(DIRECTIONS, i), at(DIRECTIONS, i + 3)],
    interests: at(['театр', 'туризм', 'шахматы', 'хор'], i),
    consent: true,
    consentDate: '2025-09-01',
    capacity: 3,
  };
}

/**
 * The first mentee's name shares no part with anyone's: «Отозвать согласие…» looks for a person's traces by
 * every part of the name, so withdrawing hers shows the cost of the rows alone (the second one has namesakes).
 */
const UNIQUE_NAME = { surname: 'Шевчук', firstName: 'Любовь', patronymic: 'Ильинична' };

/** The i-th mentee (0-based) as the mentee sidebar sends it. */
export function menteeInput(i: number): Record<string, unknown> {
  return {
    ...(i === 0 ? UNIQUE_NAME : name(2 * i + 1)),
    position: at(POSITIONS, i + 1),
    menteeCategory: 'молодой специалист',
    experienceYears: i % 3,
    requests: [at(DIRECTIONS, i + 1)],
    consent: true,
    consentDate: '2025-09-01',
  };
}

const TERM = { startDate: '2025-09-15', endDate: '2026-05-29' };

const waitingCount = (mentees: number) => Math.max(3, Math.round(mentees / 10));

/** Groups of two mentees among the pairs. */
const groupCount = (size: WorkbookSize) =>
  Math.max(0, Math.min(size.pairs, size.mentees - size.pairs - waitingCount(size.mentees)));

/** The mentees of the j-th pair or group (0-based indexes): one each first, then groups of two. */
function menteesOf(size: WorkbookSize, j: number): number[] {
  const singles = size.pairs - groupCount(size);
  return j < singles ? [j] : [2 * j - singles, 2 * j - singles + 1];
}

/** How many plan events the j-th pair's programme has: 12 for the first ones, the rest share what is left. */
export function eventsOf(size: WorkbookSize, j: number): number {
  if (j < ALIKE) return ALIKE_EVENTS;
  const rest = size.planEvents - ALIKE * ALIKE_EVENTS;
  const others = size.pairs - ALIKE;
  return Math.floor(rest / others) + (j - ALIKE < rest % others ? 1 : 0);
}

/** The mentees in no pair or group (0-based indexes): the matching sidebars' work. */
export function waitingMentees(size: WorkbookSize): number[] {
  const paired = groupCount(size) + size.pairs;
  return Array.from({ length: size.mentees - paired }, (_, k) => paired + k);
}

/**
 * The mentor of the j-th pair (0-based indexes): one pair each, and the pairs beyond the mentors go to the last
 * mentors, so the first mentors have one pair in every workbook.
 */
function mentorOf(size: WorkbookSize, j: number): number {
  return j < size.mentors ? j : size.mentors - 1 - ((j - size.mentors) % size.mentors);
}

/** The j-th pair or group as the pair sidebar sends it (0-based indexes). */
export function mentorshipInput(size: WorkbookSize, j: number): Record<string, unknown> {
  const mentees = menteesOf(size, j);
  return {
    form: 'педагог – педагог',
    kinds: [mentees.length > 1 ? 'в группе' : 'традиционное (один на один)'],
    mentorId: formatId('НК', mentorOf(size, j) + 1),
    menteeIds: mentees.map((m) => formatId('НЯ', m + 1)),
    ...TERM,
  };
}

/** The programme of a pair as the programme part of «Пара / группа» sends it. */
export function programmeInput(): Record<string, unknown> {
  return {
    title: 'Первые шаги в профессии',
    problem: 'Недостаток опыта планирования',
    goals: 'Профессиональное становление',
    tasks: 'Освоить планирование недели',
    content: 'Совместное планирование и разбор занятий',
    mode: 'очный',
    schedule: 'по вторникам, 15:00',
    plannedResults: 'Самостоятельное планирование',
    ...TERM,
  };
}

/** The plan of a programme: `count` events from October to May, the first few done. */
export function planEvents(count: number): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, k) => {
    const month = at([10, 11, 12, 1, 2, 3, 4, 5], Math.floor((k * 8) / count));
    const date = `${month >= 10 ? 2025 : 2026}-${String(month).padStart(2, '0')}-${String(1 + ((k * 5) % 27)).padStart(2, '0')}`;
    return {
      direction: at(DIRECTIONS, k),
      event: `Мероприятие ${k + 1}: ${at(['открытое занятие', 'разбор занятия', 'консультация'], k)}`,
      deadline: date,
      ...(k < 2 ? { done: true, doneDate: date } : { done: false }),
    };
  });
}

/** The pairs approved (the rest stay «проект», waiting for an order). */
const approved = (j: number) => j % 2 === 1;

/** Calls a google.script.run endpoint as a sidebar does; a refusal is an error here. */
export function invoke<T = unknown>(ws: Workspace, fn: string, ...args: unknown[]): T {
  const result = ws.html.invoke(fn, args);
  if (!result.ok) throw new Error(`${fn}: ${result.error.message}`);
  return result.value as T;
}

/** A new Workspace with dist/Code.js loaded, set up by the add-on, with the settings typed in. */
export function setUpWorkbook(dist?: string): Workspace {
  const ws = new Workspace();
  loadBundle(ws, dist);
  ws.call('setupWorkbook', [], { kind: 'menu' });
  const sheet = ws.spreadsheet.active.getSheetByName('Настройки');
  const keys = ws.spreadsheet.displayValues('Настройки').map((r) => r[0]);
  ws.rt.internal(() => {
    for (const [key, value] of Object.entries(SETTINGS))
      sheet?.getRange(keys.indexOf(key) + 1, 3).setValue(value);
  });
  return ws;
}

/** Every row through the add-on's endpoints, one save at a time, as a curator fills a school's registry. */
export function buildThroughEndpoints(size: WorkbookSize, dist?: string): Workspace {
  const ws = setUpWorkbook(dist);
  for (let i = 0; i < size.mentors; i++) invoke(ws, 'addMentor', mentorInput(i));
  for (let i = 0; i < size.mentees; i++) invoke(ws, 'addMentee', menteeInput(i));
  for (let j = 0; j < size.pairs; j++) {
    const id = formatId('ПГ', j + 1);
    invoke(ws, 'createMentorship', mentorshipInput(size, j));
    invoke(ws, 'saveProgrammePlan', {
      mentorshipId: id,
      programme: programmeInput(),
      events: planEvents(eventsOf(size, j)),
    });
    if (approved(j)) invoke(ws, 'updateMentorship', { id, status: 'утверждена' });
  }
  return ws;
}

/**
 * The same workbook with the registry's rows written in one batch per table through the add-on's table store,
 * each row converted by the add-on's `toRow`. The names beside the IDs are written as the add-on writes them.
 */
export function buildDirectly(size: WorkbookSize, dist?: string): Workspace {
  const ws = setUpWorkbook(dist);
  const done = ws.install();
  try {
    ws.rt.internal(() => fillRegistry(size));
  } finally {
    done();
  }
  return ws;
}

function fullName(input: Record<string, unknown>): string {
  return [input.surname, input.firstName, input.patronymic].filter(Boolean).join(' ');
}

function fillRegistry(size: WorkbookSize): void {
  const store = new SheetTableStore(SpreadsheetApp.getActiveSpreadsheet());
  const zone = store.timeZone();
  const fill = (spec: TableSpec, records: Array<Record<string, unknown>>) =>
    store.append(
      store.read(spec),
      records.map((r): Cells => toRow(spec, r, zone)),
    );
  const entered = { active: true, enteredOn: '2025-09-01' };
  const mentors = Array.from({ length: size.mentors }, (_, i) => mentorInput(i));
  const mentees = Array.from({ length: size.mentees }, (_, i) => menteeInput(i));
  fill(
    MENTORS_TABLE,
    mentors.map((m, i) => ({ ...m, ...entered, id: formatId('НК', i + 1) })),
  );
  fill(
    MENTEES_TABLE,
    mentees.map((m, i) => ({ ...m, ...entered, id: formatId('НЯ', i + 1) })),
  );
  const pairs = Array.from({ length: size.pairs }, (_, j) => mentorshipInput(size, j));
  fill(
    MENTORSHIPS_TABLE,
    pairs.map((p, j) => ({
      ...p,
      id: formatId('ПГ', j + 1),
      status: approved(j) ? 'утверждена' : 'проект',
      programmeId: formatId('ПР', j + 1),
      mentorName: fullName(mentors[mentorOf(size, j)]),
      menteeNames: menteesOf(size, j)
        .map((m) => fullName(mentees[m]))
        .join(', '),
    })),
  );
  fill(
    PROGRAMMES_TABLE,
    pairs.map((_, j) => ({
      ...programmeInput(),
      id: formatId('ПР', j + 1),
      mentorshipId: formatId('ПГ', j + 1),
    })),
  );
  // Converted once per plan length and position, then copied with each ID: 12,000 dates one by one are slow.
  const converted = new Map<number, Cells[]>();
  const plan = (count: number) => {
    let rows = converted.get(count);
    if (!rows) {
      rows = planEvents(count).map((e, k) => toRow(PLAN_EVENTS_TABLE, { ...e, position: k + 1 }, zone));
      converted.set(count, rows);
    }
    return rows;
  };
  const rows: Cells[] = [];
  for (let j = 0; j < size.pairs; j++) {
    for (const cells of plan(eventsOf(size, j))) {
      rows.push({ ...cells, id: formatId('МП', rows.length + 1), programmeId: formatId('ПР', j + 1) });
    }
  }
  store.append(store.read(PLAN_EVENTS_TABLE), rows);
}
