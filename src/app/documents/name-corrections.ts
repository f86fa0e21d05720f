/**
 * «Склонение ФИО» for documents: the forms every document takes over the library's, the forms a preview used
 * (offered for correction under it), and the correction saved from the preview as a row of the sheet.
 */
import type { DocumentLanguage, NameUse } from '../../domain/documents/language';
import { normaliseId } from '../../domain/registry/ids';
import { isAnonymised } from '../../domain/registry/anonymise';
import type { Mentor } from '../../domain/registry/entities/people';
import * as z from '../../domain/registry/entities/zod';
import { nameOptionsByPerson } from '../../domain/registry/name-corrections';
import { parseTable } from '../../domain/registry/parse-table';
import { MENTEES_TABLE, MENTORS_TABLE, NAME_CORRECTIONS_TABLE } from '../../domain/registry/tables';
import { CASE_OPTIONS } from '../../domain/registry/tables/name-corrections';
import {
  CASE_NAMES,
  OBLIQUE_CASES,
  joinName,
  type GrammaticalCase,
  type NameOptions,
} from '../../domain/russian';
import { UserError } from '../../domain/user-error';
import { runOperation } from '../operations/run-operation';
import { cellsOf } from '../registry/entity-table';
import { idsIn, issueIds } from '../registry/ids';
import { parseInput } from '../registry/input';
import type { Services } from '../services';

/** Each person's options by `personKey` (a mentor linked to «Наставляемые» is keyed by that row's ID). */
export function readNameOptions(s: Services, mentors: readonly Mentor[]): Map<string, NameOptions> {
  const table = s.tables.read(NAME_CORRECTIONS_TABLE);
  const { records } = parseTable(NAME_CORRECTIONS_TABLE, table.rows, {
    timeZone: s.tables.timeZone(),
    headers: table.headers,
  });
  const linked = new Map(mentors.flatMap((m) => (m.menteeId ? [[m.id, m.menteeId] as const] : [])));
  return nameOptionsByPerson(records, (id) => linked.get(id) ?? id);
}

/** One form of a person's name a document used: the case by its Russian name, the whole name in it. */
export interface NameForm {
  readonly case: string;
  readonly form: string;
  /** Taken from «Склонение ФИО», not declined by the add-on. */
  readonly corrected: boolean;
}

/** A person's declined forms a preview used, for «Как склонены имена» under it. */
export interface PersonNameForms {
  readonly personId: string;
  /** The name as the bank holds it. */
  readonly name: string;
  readonly forms: NameForm[];
}

const CASE_NAME_OF = Object.fromEntries(Object.entries(CASE_NAMES).map(([name, gc]) => [gc, name])) as Record<
  GrammaticalCase,
  string
>;

/**
 * A language that remembers every declined name it is asked for, by person: what the preview offers to correct.
 * The nominative is the name as typed in the bank, so it is not offered (the sheet takes its correction too).
 */
export function recordingNames(base: DocumentLanguage): {
  readonly language: DocumentLanguage;
  forms(): PersonNameForms[];
} {
  const people = new Map<string, { name: string; used: Map<GrammaticalCase, NameUse> }>();
  const nameUsed = (use: NameUse): void => {
    if (use.grammaticalCase === 'nominative') return;
    const person = people.get(use.personId) ?? { name: joinName(use.name), used: new Map() };
    people.set(use.personId, person);
    if (!person.used.has(use.grammaticalCase)) person.used.set(use.grammaticalCase, use);
  };
  return {
    language: { ...base, nameUsed },
    forms: () =>
      [...people].map(([personId, person]) => ({
        personId,
        name: person.name,
        forms: OBLIQUE_CASES.flatMap((gc) => {
          const use = person.used.get(gc);
          return use ? [{ case: CASE_NAME_OF[gc], form: use.form, corrected: use.corrected }] : [];
        }),
      })),
  };
}

const CorrectionInput = z.object({
  personId: z.string().max(20),
  case: z.enum(CASE_OPTIONS as [string, ...string[]]),
  form: z.string().max(2000),
});

/** What was saved: the row of «Склонение ФИО», and the form (empty when the correction was taken back). */
export interface SavedNameCorrection {
  readonly rowId: string;
  readonly personId: string;
  readonly case: string;
  readonly form: string;
}

/**
 * «Исправить» in the preview: the person's name in a case as documents must write it, saved on «Склонение ФИО» —
 * the person's row for that case changed, or a new row. An empty form takes the correction back (the row keeps the
 * person's ID, and the gender if it has one). One operation with its journal entry; the person must be in a bank.
 */
export function saveNameCorrection(s: Services, input: unknown, operationId?: string): SavedNameCorrection {
  const parsed = parseInput(CorrectionInput, input, NAME_CORRECTIONS_TABLE);
  const personId = normaliseId(parsed.personId);
  if (!personId || !/^(НК|НЯ)-/.test(personId)) {
    throw new UserError('Укажите ID наставника или наставляемого, например НК-0003 или НЯ-0012.');
  }
  const form = (parsed.form ?? '').replace(/\s+/g, ' ').trim();
  return runOperation(s, { id: operationId, action: 'Склонение ФИО' }, (b) => {
    requirePerson(b, personId);
    const table = b.tables.read(NAME_CORRECTIONS_TABLE);
    const { records } = parseTable(NAME_CORRECTIONS_TABLE, table.rows, {
      timeZone: b.tables.timeZone(),
      headers: table.headers,
    });
    const found = records.find(
      (r) => typeof r.personId === 'string' && normaliseId(r.personId) === personId && r.case === parsed.case,
    );
    const saved = { personId, case: parsed.case, form };
    let rowId = found?.id ?? '';
    // Nothing to write: the form is what the row says already, or there is no row to take back.
    if ((found?.form ?? '') === form) return { rowId, ...saved };
    if (found) {
      const cells = form ? { form } : { case: '', form: '' };
      b.tables.update(table, [
        { rowNumber: found.rowNumber, cells: cellsOf(b, NAME_CORRECTIONS_TABLE, cells, Object.keys(cells)) },
      ]);
    } else {
      [rowId] = issueIds(b.properties, 'СФ', idsIn(table), 1);
      b.tables.append(table, [cellsOf(b, NAME_CORRECTIONS_TABLE, { id: rowId, ...saved })]);
    }
    b.journal.record([
      {
        action: form ? 'Склонение ФИО: исправлено' : 'Склонение ФИО: исправление снято',
        ids: [personId, ...(rowId ? [rowId] : [])],
        details: `Падеж: ${parsed.case}`,
      },
    ]);
    return { rowId, ...saved };
  });
}

/** The person's row in their bank, refused in Russian when it is not there or its data was erased. */
function requirePerson(s: Services, personId: string): void {
  const bank = personId.startsWith('НК') ? MENTORS_TABLE : MENTEES_TABLE;
  const table = s.tables.read(bank);
  const row = table.rows.find((r) => normaliseId(String(r.cells.id ?? '')) === personId);
  if (!row) {
    throw new UserError(`Человека с ID ${personId} нет на листе «${table.sheetName}». Проверьте ID.`);
  }
  if (isAnonymised(row.cells)) {
    throw new UserError(
      `${personId}: человек отозвал согласие на обработку персональных данных, его ФИО удалено — ` +
        'исправлять нечего.',
    );
  }
}
