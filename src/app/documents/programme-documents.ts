/**
 * Personalised programmes and their participants' agreements as Google Docs, many at once: a job
 * (src/app/jobs/job.ts) the sidebar drives chunk by chunk with a progress bar. The job's items are the documents'
 * keys («программа ПР-0003», «соглашение ПР-0003»), which each document carries, so a stopped or repeated run finds
 * it instead of making a second one; its link goes into the programme's «Документ» or «Соглашение».
 */
import { fillDocument } from '../../domain/documents/documents';
import type { AgreementContext, ProgrammeContext } from '../../domain/documents/contexts';
import type { DocTree } from '../../domain/documents/model';
import { PlanEventSchema, ProgrammeSchema, type Programme } from '../../domain/registry/entities/programme';
import type { Located } from '../../domain/registry/read-table';
import { PLAN_EVENTS_TABLE, PROGRAMMES_TABLE } from '../../domain/registry/tables';
import { countRu } from '../../domain/russian/plural';
import { UserError } from '../../domain/user-error';
import type { DocumentStore } from '../../ports/document-store';
import { continueJob, parseJobId, startJob, type JobProgress } from '../jobs/job';
import { runOperation } from '../operations/run-operation';
import { cellsOf, loadEntities, requireEntity } from '../registry/entity-table';
import { parseInput } from '../registry/input';
import { idOf } from '../../domain/registry/entities/common';
import * as z from '../../domain/registry/entities/zod';
import type { Services } from '../services';
import { registerTemplate, templateFor, type TemplateCache } from './templates';
import { LANGUAGE, mentorshipEntry, orderHeader, readRegistry, type RegistryData } from './registry-data';

/** The job's kind in the document's properties. */
export const PROGRAMME_DOCUMENTS = 'programme-documents';

/** Google's daily limit of documents a consumer account may create (docs/apps-script-platform.md §0). */
export const DOCUMENTS_PER_DAY = 250;

/** Where a batch of programme documents stands, with what to tell the curator before and after. */
export interface ProgrammeDocumentsProgress extends JobProgress {
  /** «Будет создано 12 документов…» before the start; «Создано 12 из 40» as it goes. */
  readonly summary: string;
}

/** A programme's two documents: the programme itself and its participants' agreement. */
export const PROGRAMME_DOCUMENT_KINDS = ['programme', 'agreement'] as const;
export type ProgrammeDocumentKind = (typeof PROGRAMME_DOCUMENT_KINDS)[number];

/** Per kind: the word of its key, the programme's column that links it, the journal's words. */
const KINDS: Record<
  ProgrammeDocumentKind,
  { readonly word: string; readonly column: 'documentUrl' | 'agreementUrl'; readonly made: string }
> = {
  programme: { word: 'программа', column: 'documentUrl', made: 'Программа: создан документ' },
  agreement: { word: 'соглашение', column: 'agreementUrl', made: 'Программа: создано соглашение участников' },
};

const Start = z.object({
  programmeIds: z.array(idOf('ПР')).min(1).max(150),
  documents: z.array(z.enum(PROGRAMME_DOCUMENT_KINDS)).min(1).max(2).default(['programme']),
});

/** The key a programme's document carries and the job names it by: «программа ПР-0003». */
export function documentKey(kind: ProgrammeDocumentKind, programmeId: string): string {
  return `${KINDS[kind].word} ${programmeId}`;
}

function parseKey(key: string): { kind: ProgrammeDocumentKind; programmeId: string } {
  const kind = PROGRAMME_DOCUMENT_KINDS.find((k) => key.startsWith(`${KINDS[k].word} `));
  if (!kind) throw new Error(`Not a programme document's key: ${key}`);
  return { kind, programmeId: key.slice(KINDS[kind].word.length + 1) };
}

/**
 * Starts making the chosen documents of the chosen programmes `{ programmeIds, documents }` (the programme, the
 * agreement or both): says how many will be made against the day's limit.
 */
export function startProgrammeDocuments(s: Services, input: unknown): ProgrammeDocumentsProgress {
  const request = parseInput(Start, input, { whole: 'Программы' });
  const programmes = loadEntities(s, PROGRAMMES_TABLE, ProgrammeSchema);
  const kinds = PROGRAMME_DOCUMENT_KINDS.filter((k) => request.documents.includes(k));
  const keys: string[] = [];
  let fresh = 0;
  for (const id of new Set(request.programmeIds)) {
    const programme = requireEntity(programmes, id, 'Программа');
    for (const kind of kinds) {
      keys.push(documentKey(kind, id));
      if (!programme[KINDS[kind].column]) fresh++;
    }
  }
  const job = startJob(s, { kind: PROGRAMME_DOCUMENTS, title: 'Документы программ', keys });
  const limit =
    fresh > DOCUMENTS_PER_DAY
      ? ` Это больше дневного лимита Google (${DOCUMENTS_PER_DAY} документов для обычного аккаунта): остальные будут созданы на следующий день — нажмите «Продолжить».`
      : '';
  return {
    ...job,
    summary:
      `Будет создано ${countRu(fresh, ['новый документ', 'новых документа', 'новых документов'])}` +
      (fresh < keys.length ? `; остальные документы уже есть, они останутся как есть.` : '.') +
      limit,
  };
}

/** Makes the next documents of the job, for about half a minute; answers the progress. */
export function continueProgrammeDocuments(
  s: Services,
  documents: DocumentStore,
  jobId: unknown,
): ProgrammeDocumentsProgress {
  const id = parseJobId(jobId);
  const cache: TemplateCache = new Map();
  const progress = continueJob(s, id, (locked, key) => makeProgrammeDocument(locked, documents, key, cache));
  const failed =
    progress.failed.length > 0 ? ` Не создано: ${progress.failed.length} — см. причины ниже.` : '';
  const stopped = progress.stopped ? ` ${progress.stopped}` : '';
  return { ...progress, summary: `Готово ${progress.processed} из ${progress.total}.${failed}${stopped}` };
}

/** One document of a programme: found or made under its key, its link written into the programme's row. */
function makeProgrammeDocument(
  s: Services,
  documents: DocumentStore,
  key: string,
  cache: TemplateCache,
): void {
  const { kind, programmeId } = parseKey(key);
  const data = readRegistry(s);
  const programme = requireEntity(data.programmes, programmeId, 'Программа');
  // The first item of a chunk reads the template and lists it if need be; the next ones take it from the cache.
  const first = !cache.has(kind);
  const template = templateFor(s, documents, kind, cache);
  const document = documents.ensure(
    documentName(kind, programme),
    key,
    filled(s, data, programme, kind, template),
  );
  if (first) registerTemplate(s, documents, kind);
  const { column, made } = KINDS[kind];
  if (programme[column] === document.url) return;
  runOperation(s, { action: made }, (b) => {
    const table = loadEntities(b, PROGRAMMES_TABLE, ProgrammeSchema);
    const row = requireEntity(table, programmeId, 'Программа');
    const cells = cellsOf(b, PROGRAMMES_TABLE, { [column]: document.url }, [column]);
    b.tables.update(table.data, [{ rowNumber: row.rowNumber, cells }]);
    b.journal.record([{ action: made, ids: [programmeId] }]);
  });
}

/** «Программа наставничества ПР-0003 — Адаптация» / «Соглашение участников программы ПР-0003 — …» in Drive. */
function documentName(kind: ProgrammeDocumentKind, programme: Programme): string {
  const title = programme.title ? ` — ${programme.title}` : '';
  return kind === 'programme'
    ? `Программа наставничества ${programme.id}${title}`
    : `Соглашение участников программы наставничества ${programme.id}${title}`;
}

/** The document's tree: the kind's template filled with the programme's data. */
function filled(
  s: Services,
  data: RegistryData,
  programme: Located<Programme>,
  kind: ProgrammeDocumentKind,
  template: DocTree,
): DocTree {
  const context = programmeContext(s, data, programme);
  if (kind === 'programme') return fillDocument('programme', template, context, LANGUAGE).document;
  return fillDocument('agreement', template, agreementContext(data, context), LANGUAGE).document;
}

/**
 * The participants' agreement: dated the programme's start (it takes effect when signed and lasts until the
 * programme ends), signed for the organisation by its head.
 */
function agreementContext(data: RegistryData, programme: ProgrammeContext): AgreementContext {
  const header = orderHeader(data, programme.programme.start, '');
  return {
    organisation: header.organisation,
    place: header.place,
    date: programme.programme.start,
    head: header.head,
    curator: header.curator,
    mentorship: programme.mentorship,
  };
}

/** The programme as its document needs it, or a UserError saying what keeps it out of a document. */
function programmeContext(s: Services, data: RegistryData, programme: Located<Programme>): ProgrammeContext {
  const pair = data.mentorships.entities.find((m) => m.id === programme.mentorshipId);
  if (!pair)
    throw new UserError(`Программа ${programme.id}: пары или группы ${programme.mentorshipId} нет на листе.`);
  const made = mentorshipEntry(data, pair);
  if ('why' in made) throw new UserError(`Программа ${programme.id}: ${made.why.join('; ')}.`);
  const events = loadEntities(s, PLAN_EVENTS_TABLE, PlanEventSchema)
    .entities.filter((e) => e.programmeId === programme.id)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const order = data.orders.entities.find((o) => o.id === programme.orderId);
  const header = orderHeader(data, programme.startDate ?? '', '');
  return {
    organisation: header.organisation,
    curator: header.curator,
    mentorship: made.entry,
    approvalOrder: order ? { date: order.date, number: order.number } : undefined,
    programme: {
      title: programme.title,
      problem: programme.problem,
      goals: programme.goals,
      tasks: programme.tasks,
      content: programme.content,
      mode: programme.mode,
      schedule: programme.schedule,
      intermediateResults: programme.intermediateResults,
      plannedResults: programme.plannedResults,
      conditions: programme.conditions,
      start: programme.startDate ?? '',
      end: programme.endDate ?? '',
      extendedUntil: programme.extendedUntil,
    },
    events: events.map((e) => ({
      direction: e.direction ?? '',
      event: e.event ?? '',
      form: e.form,
      deadline: e.deadline,
      expectedResult: e.expectedResult,
      reportingForm: e.reportingForm,
      done: e.done,
      doneDate: e.doneDate,
    })),
  };
}
