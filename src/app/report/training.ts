/**
 * «Обучение и награды наставников»: a record added from the sidebar (a course, a session, a certificate, a contest,
 * an award of a mentor), and the rows an order «о вынесении благодарности» adds when it is signed. Rows typed by
 * hand are read the same way and checked by «Проверить данные» with every other sheet.
 */
import { withLinkedRows, type CellChange } from '../../domain/registry/anonymise';
import { isEmptyCell } from '../../domain/registry/cells';
import { fullName, MentorSchema } from '../../domain/registry/entities/people';
import { normaliseId } from '../../domain/registry/ids';
import type { SheetRow } from '../../domain/registry/sheet-row';
import {
  AWARD_KINDS,
  CONTEST_RESULTS,
  EVENT_LEVELS,
  LEARNING_KINDS,
  TRAINING_KINDS,
  TrainingRecordSchema,
  type TrainingRecord,
} from '../../domain/registry/entities/training';
import type { Order } from '../../domain/registry/entities/records';
import { MENTORS_TABLE, TRAINING_TABLE, type TableKey } from '../../domain/registry/tables';
import { UserError } from '../../domain/user-error';
import type { JournalEntry } from '../../ports/journal';
import type { Properties } from '../../ports/properties';
import { runOperation, type Replay } from '../operations/run-operation';
import { cellsOf, loadEntities, requireEntity, requireKnownRefs, withoutRow } from '../registry/entity-table';
import { issueIds } from '../registry/ids';
import { parseInput, requireFilled, requiringFilled } from '../registry/input';
import type { Services } from '../services';

/** What the sidebar offers: the mentors to choose from, the closed lists, the latest records. */
export interface TrainingChoices {
  readonly mentors: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly kinds: readonly string[];
  readonly learningKinds: readonly string[];
  readonly awardKinds: readonly string[];
  readonly levels: readonly string[];
  readonly results: readonly string[];
  /** The last records of the sheet, newest row last, with the mentor's name. */
  readonly recent: ReadonlyArray<TrainingRecord & { readonly mentorName: string }>;
}

/** How many of the sheet's last rows the sidebar lists. */
const RECENT = 15;

/** The sidebar's data: read-only, one read of each of the two sheets. */
export function trainingChoices(s: Services): TrainingChoices {
  const mentors = loadEntities(s, MENTORS_TABLE, MentorSchema).entities;
  const names = new Map(mentors.map((m) => [m.id, fullName(m) || m.id]));
  const records = loadEntities(s, TRAINING_TABLE, TrainingRecordSchema).entities;
  return {
    mentors: mentors.filter((m) => m.consent).map((m) => ({ id: m.id, name: names.get(m.id) ?? m.id })),
    kinds: TRAINING_KINDS,
    learningKinds: LEARNING_KINDS,
    awardKinds: AWARD_KINDS,
    levels: EVENT_LEVELS,
    results: CONTEST_RESULTS,
    recent: records
      .slice(-RECENT)
      .map((r) => ({ ...withoutRow(r), mentorName: names.get(r.mentorId) ?? r.mentorId })),
  };
}

const NewRecordSchema = requiringFilled(TrainingRecordSchema.omit({ id: true }), TRAINING_TABLE);

/** Adds one record as one operation; answers it with its new ID. */
export function addTrainingRecord(s: Services, input: unknown, operationId?: string): TrainingRecord {
  const fields = parseInput(NewRecordSchema, input, TRAINING_TABLE);
  refuseMismatch(fields);
  return runOperation(
    s,
    { id: operationId, action: 'Обучение и награды: добавить' },
    (b) => {
      const table = b.tables.read(TRAINING_TABLE);
      const existing = table.rows.map((r) => String(r.cells.id ?? ''));
      const [id] = issueIds(b.properties, 'ОН', existing, 1);
      const record = parseInput(TrainingRecordSchema, { ...fields, id }, TRAINING_TABLE);
      requireFilled(TRAINING_TABLE, record);
      requireConsentingMentor(b, record.mentorId);
      requireKnownRefs(b, TRAINING_TABLE, undefined, record, ['orderId']);
      b.tables.append(table, [cellsOf(b, TRAINING_TABLE, record)]);
      b.journal.record([
        { action: `Обучение и награды: добавлена запись «${record.kind}»`, ids: [id, record.mentorId] },
      ]);
      return record;
    },
    replayById(s),
  );
}

/**
 * A retry of a save that was done answers the row as the sheet has it now: only its ID is kept between
 * executions (a property holds a few KB; a note or a title may be longer).
 */
function replayById(s: Services): Replay<TrainingRecord> {
  return {
    keep: (record) => record.id,
    answer: (kept) => {
      const table = loadEntities(s, TRAINING_TABLE, TrainingRecordSchema);
      return withoutRow(requireEntity(table, String(kept), 'Запись'));
    },
  };
}

/**
 * The mentor the record is about, in the bank and with consent to personal-data processing: a course or an award
 * is the person's data, kept only with consent (and never for someone who withdrew it).
 */
function requireConsentingMentor(s: Services, mentorId: string): void {
  const mentors = loadEntities(s, MENTORS_TABLE, MentorSchema);
  const mentor = requireEntity(mentors, mentorId, 'Наставник');
  if (!mentor.consent) {
    throw new UserError(
      `Нет согласия на обработку персональных данных у наставника ${mentorId}: запись не добавлена. ` +
        'Отметьте согласие на листе «Наставники», когда оно получено, и добавьте запись снова.',
    );
  }
}

/** A contest's result on a course, or hours on an award, is a slip the sheet would keep: said before saving. */
function refuseMismatch(record: Omit<TrainingRecord, 'id'>): void {
  if (record.result !== undefined && record.kind !== 'конкурс') {
    throw new UserError(
      `Проверьте данные. «Результат конкурса» заполняется только для вида «конкурс», а выбран «${record.kind}»: ` +
        'очистите результат или выберите вид «конкурс».',
    );
  }
  if (record.hours !== undefined && !LEARNING_KINDS.includes(record.kind)) {
    throw new UserError(
      `Проверьте данные. «Часов» указывают для курсов, установочной сессии или интенсива, а выбран «${record.kind}»: ` +
        'очистите число часов или выберите другой вид.',
    );
  }
}

/** Where the mentors an order «о вынесении благодарности» thanks are kept from its making to its signing. */
function thankedProperty(orderId: string): string {
  return `nastavnik.thanks.${orderId}`;
}

/** A property value holds at most about 9 KB (docs/apps-script-platform.md §6.2): merits are cut to fit. */
const MAX_THANKED = 8000;

/**
 * Remembers whom a thanks order names and for what, in the operation that registers it: the order's row keeps
 * pairs, not people, and the rows of «Обучение и награды» are added only when the order is signed.
 */
export function rememberThanked(
  properties: Properties,
  orderId: string,
  mentorIds: readonly string[],
  merits: Readonly<Record<string, string>>,
): void {
  const people = [...new Set(mentorIds)].map((id) => ({ id, merit: merits[id]?.trim() || undefined }));
  let json = JSON.stringify(people);
  if (json.length > MAX_THANKED) json = JSON.stringify(people.map(({ id }) => ({ id })));
  properties.setAll({ [thankedProperty(orderId)]: json });
}

function thankedBy(properties: Properties, orderId: string): Array<{ id: string; merit?: string }> {
  try {
    const parsed = JSON.parse(properties.get(thankedProperty(orderId)) ?? '[]') as unknown;
    return Array.isArray(parsed)
      ? parsed.filter((p): p is { id: string; merit?: string } => typeof p?.id === 'string')
      : [];
  } catch {
    return [];
  }
}

/**
 * The rows a signed order «о вынесении благодарности» adds: a «благодарность» per mentor it thanks, dated by the
 * order, with the order's ID; none twice for one mentor and order (a row added by hand counts). Called inside
 * the signing operation; answers the new rows' IDs.
 */
export function addThanksRows(
  s: Services,
  order: Pick<Order, 'id' | 'number' | 'date' | 'title'>,
  entries: JournalEntry[],
): string[] {
  const thanked = thankedBy(s.properties, order.id);
  if (thanked.length === 0) return [];
  const table = s.tables.read(TRAINING_TABLE);
  const has = new Set(
    table.rows.map((r) => `${String(r.cells.mentorId ?? '').trim()}|${String(r.cells.orderId ?? '').trim()}`),
  );
  const people = thanked.filter((p) => !has.has(`${p.id}|${order.id}`));
  const existing = table.rows.map((r) => String(r.cells.id ?? ''));
  const ids = issueIds(s.properties, 'ОН', existing, people.length);
  const records: TrainingRecord[] = people.map((p, i) => ({
    id: ids[i],
    mentorId: p.id,
    kind: 'благодарность',
    title: p.merit ? `Благодарность ${p.merit}` : order.title,
    level: 'образовательной организации',
    date: order.date,
    document: `приказ № ${order.number}`,
    orderId: order.id,
  }));
  if (records.length === 0) return [];
  s.tables.append(
    table,
    records.map((r) => cellsOf(s, TRAINING_TABLE, r)),
  );
  entries.push({
    action: `Обучение и награды: благодарность по приказу № ${order.number}`,
    ids: [order.id, ...ids],
  });
  return ids;
}

/** The free text of a training row: what it says of the person, emptied when they withdraw consent. */
const PERSONAL_TRAINING_COLUMNS = ['title', 'organiser', 'document', 'link', 'note'];

/**
 * Consent withdrawn (152-ФЗ): the person's rows of «Обучение и награды наставников» lose their free text as the
 * bank rows do; the ID, the mentor's ID, the kind, level, date, hours, result and order stay, so the report still
 * counts them. `changes` are the registry's own (mentions of the name in any text) and win nowhere they meet.
 */
export function withTrainingForgotten(
  personIds: readonly string[],
  tables: Readonly<Partial<Record<TableKey, readonly SheetRow[]>>>,
  changes: readonly CellChange[],
): CellChange[] {
  const targets = withLinkedRows(personIds, tables);
  const blanks: CellChange[] = [];
  for (const row of tables.training ?? []) {
    const mentorId = normaliseId(String(row.cells.mentorId ?? ''));
    if (!mentorId || !targets.has(mentorId)) continue;
    const id = normaliseId(String(row.cells.id ?? '')) ?? undefined;
    for (const column of PERSONAL_TRAINING_COLUMNS)
      if (!isEmptyCell(row.cells[column]))
        blanks.push({ table: 'training', rowNumber: row.rowNumber, id, column, value: '' });
  }
  const blanked = new Set(blanks.map((c) => `${c.rowNumber}|${c.column}`));
  return [
    ...changes.filter((c) => c.table !== 'training' || !blanked.has(`${c.rowNumber}|${c.column}`)),
    ...blanks,
  ];
}
