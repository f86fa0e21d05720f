/**
 * «Отозвать согласие» (152-ФЗ): removes a person from the whole registry with the domain's `anonymise`. IDs,
 * positions, categories and dates stay, so counts and reports still add up; names, contacts and mentions go.
 * The curator first sees whose data will go and how much of it (`previewWithdrawal`), and the erase checks that
 * the rows still hold the person shown: an ID mistyped, or a row changed while the question was open, erases
 * nobody.
 */
import {
  anonymise,
  documentsToReview,
  isAnonymised,
  withLinkedRows,
  type CellChange,
} from '../../domain/registry/anonymise';
import { normaliseId } from '../../domain/registry/ids';
import { mentionsOf, nameParts, type NameParts } from '../../domain/registry/name-mentions';
import { TABLES, type TableKey } from '../../domain/registry/tables';
import { UserError } from '../../domain/user-error';
import { pluralRu } from '../../domain/russian/plural';
import type { Cells, SheetRow, TableData } from '../../ports/table-store';
import type { CellRef } from '../../ports/workbook-scan';
import type { Services } from '../services';
import { runOperation, settlePending } from '../operations/run-operation';
import { withTrainingForgotten } from '../report/training';
import { anonymiseAnswers, withTokensDropped } from '../questionnaires/withdrawn-answers';

/** What was done, for the message to the curator. */
export interface WithdrawResult {
  /** The person's rows in both banks (a mentor who is also a mentee is one person). */
  readonly personIds: string[];
  readonly cellsChanged: number;
  /** Generated documents (orders, programmes) that still name the person: the curator redacts them by hand. */
  readonly documentsToReview: Array<{ table: string; id?: string; url: string }>;
  /**
   * Cells outside the registry's columns (the curator's own sheets, columns and notes) that still mention the
   * person: shown, never changed, since a namesake's data may be there too.
   */
  readonly tracesLeft: CellRef[];
}

/** What the curator confirms before anything is erased. */
export interface WithdrawalPreview {
  /** The ID asked for, in canonical spelling. */
  readonly personId: string;
  /** The person's rows: the one asked for and the same person in the other bank, with the name each shows. */
  readonly rows: ReadonlyArray<{ readonly id: string; readonly sheet: string; readonly name: string }>;
  /** Cells to erase per sheet: in the person's own rows (`own`), or mentions in other rows' text. */
  readonly erase: ReadonlyArray<{ readonly sheet: string; readonly own: boolean; readonly cells: number }>;
  /** Generated documents that name the person: the curator will have to redact them by hand. */
  readonly documents: number;
  /** The rows' IDs and names as shown: the erase goes ahead only while the sheets still say the same. */
  readonly shown: string;
}

/** The registry's tables read once (all but «Настройки»), and their rows by table. */
interface Registry {
  readonly tables: TableData[];
  readonly rows: Partial<Record<TableKey, readonly SheetRow[]>>;
}

function readRegistry(s: Services): Registry {
  const tables = TABLES.filter((t) => t.key !== 'settings').map((spec) => s.tables.read(spec));
  const rows = Object.fromEntries(tables.map((t) => [t.spec.key, t.rows])) as Registry['rows'];
  return { tables, rows };
}

function requirePersonId(input: unknown): string {
  const personId = normaliseId(typeof input === 'string' ? input : '');
  if (!personId || !/^(НК|НЯ)-/.test(personId)) {
    throw new UserError('Укажите ID наставника или наставляемого, например НК-0003 или НЯ-0012.');
  }
  return personId;
}

const idOf = (row: SheetRow) => normaliseId(String(row.cells.id ?? '')) ?? '';
const nameOf = (cells: Cells) =>
  [cells.surname, cells.firstName, cells.patronymic]
    .map((part) => (typeof part === 'string' ? part.trim() : ''))
    .filter(Boolean)
    .join(' ');

/** The person's bank rows (both banks), refused in Russian when the ID is in neither. */
function personRows(
  registry: Registry,
  personId: string,
): Array<{ id: string; table: TableData; row: SheetRow }> {
  const targets = withLinkedRows([personId], registry.rows);
  const found = registry.tables
    .filter((t) => t.spec.key === 'mentors' || t.spec.key === 'mentees')
    .flatMap((table) =>
      table.rows.filter((r) => targets.has(idOf(r))).map((row) => ({ id: idOf(row), table, row })),
    );
  if (!found.some((f) => f.id === personId)) {
    throw new UserError(
      `Человека с ID ${personId} нет ни на листе «Наставники», ни на листе «Наставляемые». Проверьте ID.`,
    );
  }
  // The row asked for first, then the same person in the other bank.
  return [...found.filter((f) => f.id === personId), ...found.filter((f) => f.id !== personId)];
}

const shownOf = (rows: ReadonlyArray<{ id: string; row: SheetRow }>) =>
  rows.map((r) => `${r.id} ${nameOf(r.row.cells)}`).join('; ');

/**
 * Whose data «Отозвать согласие» would erase and how much: read only, without the lock, so the menu can ask
 * before it takes the lock (a question suspends the script, and the lock does not survive it). An operation a
 * stopped execution left pending is completed first, so the count is of what is really there.
 */
export function previewWithdrawal(deps: Services, input: unknown): WithdrawalPreview {
  const personId = requirePersonId(input);
  settlePending(deps);
  const registry = readRegistry(deps);
  const rows = personRows(registry, personId);
  const changes = withTokensDropped(
    [personId],
    registry.rows,
    withTrainingForgotten([personId], registry.rows, anonymise([personId], registry.rows)),
  );
  if (changes.length === 0) {
    throw new UserError(
      `Согласие ${personId} уже отозвано: персональные данные удалены раньше, удалять больше нечего.`,
    );
  }
  const own = new Set(rows.map((r) => `${r.table.spec.key}|${r.row.rowNumber}`));
  const erase = new Map<string, { sheet: string; own: boolean; cells: number }>();
  for (const change of changes) {
    const sheet = registry.tables.find((t) => t.spec.key === change.table)?.sheetName ?? change.table;
    const isOwn = own.has(`${change.table}|${change.rowNumber}`);
    const key = `${isOwn ? 0 : 1}|${sheet}`;
    const entry = erase.get(key) ?? { sheet, own: isOwn, cells: 0 };
    erase.set(key, { ...entry, cells: entry.cells + 1 });
  }
  return {
    personId,
    rows: rows.map((r) => ({ id: r.id, sheet: r.table.sheetName, name: nameOf(r.row.cells) })),
    erase: [...erase].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e),
    documents: documentsToReview([personId], registry.rows).length,
    shown: shownOf(rows),
  };
}

const CELLS: readonly [string, string, string] = ['ячейка', 'ячейки', 'ячеек'];
const DOCUMENTS: readonly [string, string, string] = ['документ', 'документа', 'документов'];

/** The question the curator answers «Да» or «Нет» to: whose data, what goes, what stays. */
export function withdrawalQuestion(preview: WithdrawalPreview): string {
  const rows = preview.rows.map((r) => `${r.name} — ${r.id}, лист «${r.sheet}»`);
  const erase = preview.erase.map(
    (e) =>
      `— «${e.sheet}»: ${e.own ? 'ФИО, контакты и сведения о человеке' : 'упоминания'} — ` +
      `${e.cells} ${pluralRu(e.cells, CELLS)}`,
  );
  const documents =
    preview.documents > 0
      ? `\n${preview.documents} ${pluralRu(preview.documents, DOCUMENTS)} Google Документов тоже ` +
        'упоминают человека: их нужно будет исправить вручную, список будет показан.'
      : '';
  return (
    `Удалить персональные данные человека?\n${rows.join(';\n')}` +
    (rows.length > 1 ? '\n(это один и тот же человек в двух банках)' : '') +
    `\n\nБудет удалено безвозвратно:\n${erase.join(';\n')}.` +
    '\nОстанутся ID, должность, стаж, категория, даты, пары и группы.' +
    documents +
    '\n\n«Да» — удалить. «Нет» — ничего не менять.'
  );
}

/** The person's name and contacts before anonymisation, and everyone else's (kept only in memory, to find traces). */
type Withdrawn = {
  readonly result: Omit<WithdrawResult, 'tracesLeft'>;
  readonly people: NameParts[];
  readonly others: NameParts[];
};

function anonymisePerson(registry: Services, personId: string, shown: string | undefined): Withdrawn {
  const read = readRegistry(registry);
  const rows = personRows(read, personId);
  if (shown !== undefined && shownOf(rows) !== shown) {
    throw new UserError(
      `Пока вы подтверждали, данные в таблице изменились: было «${shown}», сейчас «${shownOf(rows)}». ` +
        'Ничего не удалено. Проверьте ID и выберите «Отозвать согласие…» ещё раз.',
    );
  }
  const changes = withTokensDropped(
    [personId],
    read.rows,
    withTrainingForgotten([personId], read.rows, anonymise([personId], read.rows)),
  );
  for (const table of read.tables) applyChanges(registry, table, changes);
  const personIds = rows.map((r) => r.id);
  registry.journal.record([
    {
      action: 'Отзыв согласия: персональные данные удалены',
      ids: personIds,
      details: `Изменено ячеек: ${changes.length}`,
    },
  ]);
  const others = [...(read.rows.mentors ?? []), ...(read.rows.mentees ?? [])]
    .filter((r) => !personIds.includes(idOf(r)))
    .map((r) => nameParts(r.cells));
  const result = {
    personIds,
    cellsChanged: changes.length,
    documentsToReview: documentsToReview([personId], read.rows),
  };
  const people = rows.filter((r) => !isAnonymised(r.row.cells)).map((r) => nameParts(r.row.cells));
  return { result, people, others };
}

/**
 * Withdraws consent as one operation: the person's cells anonymised everywhere, then the report sheet and the
 * notes on cells, which may quote what those cells held, rebuilt from the anonymised data before the operation
 * counts as done. With `shown` (from the preview the curator confirmed), refuses when the rows now hold someone
 * or something else. A retry with the same ID answers the first result (the traces then cannot be looked for
 * again: the name is gone).
 */
export function withdrawConsent(
  deps: Services,
  input: unknown,
  operationId?: string,
  shown?: string,
): WithdrawResult {
  const personId = requirePersonId(input);
  const { result, people, others } = runOperation(
    deps,
    { id: operationId, action: 'withdrawConsent', after: 'check-report' },
    (b) => {
      const withdrawn = anonymisePerson(b, personId, shown);
      // Their questionnaire answers too: result sheets are written directly (src/app/questionnaires/result-sheet.ts).
      anonymiseAnswers(deps, b, withdrawn.result.personIds);
      return withdrawn;
    },
    {
      keep: (w) => w.result,
      answer: (kept) => ({ result: kept as Withdrawn['result'], people: [], others: [] }),
    },
  );
  const mentions = mentionsOf(people, others);
  return { ...result, tracesLeft: people.length > 0 ? deps.scan.find((text) => mentions.found(text)) : [] };
}

function applyChanges(registry: Services, table: TableData, changes: readonly CellChange[]): void {
  const byRow = new Map<number, Record<string, string | boolean>>();
  for (const c of changes)
    if (c.table === table.spec.key)
      byRow.set(c.rowNumber, { ...byRow.get(c.rowNumber), [c.column]: c.value });
  registry.tables.update(
    table,
    [...byRow].map(([rowNumber, cells]) => ({ rowNumber, cells: cells as Cells })),
  );
}

/** What the curator reads after a withdrawal, including documents and own cells to clean by hand. */
export function withdrawalMessage(result: WithdrawResult): string {
  const docs = result.documentsToReview.map((d) => `${d.id ?? d.table}: ${d.url}`);
  const cells = result.tracesLeft.slice(0, 30).map((t) => `«${t.sheet}» ${t.cell}`);
  const more =
    result.tracesLeft.length > cells.length ? ` и ещё ${result.tracesLeft.length - cells.length}` : '';
  return (
    `Персональные данные удалены (${result.personIds.join(', ')}), изменено ячеек: ${result.cellsChanged}.` +
    (docs.length > 0 ? ` Эти документы упоминают человека, исправьте их вручную: ${docs.join('; ')}.` : '') +
    (cells.length > 0
      ? ` Человек ещё упоминается в ваших собственных листах, столбцах или заметках — дополнение их не меняет, ` +
        `проверьте и удалите вручную: ${cells.join('; ')}${more}.`
      : '')
  );
}
