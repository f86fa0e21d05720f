/**
 * Personalised programmes as Google Docs, many at once: a job (src/app/jobs/job.ts) the sidebar drives chunk by
 * chunk with a progress bar. Each programme's document carries the key «программа ПР-0003», so a stopped or
 * repeated run finds it instead of making a second one, and its link goes into the programme's «Документ».
 */
import { fillDocument } from '../../domain/documents/documents';
import type { ProgrammeContext } from '../../domain/documents/contexts';
import { PlanEventSchema, ProgrammeSchema, type Programme } from '../../domain/registry/entities/programme';
import type { Located } from '../../domain/registry/read-table';
import { PLAN_EVENTS_TABLE, PROGRAMMES_TABLE } from '../../domain/registry/tables';
import { countRu } from '../../domain/russian/plural';
import { UserError } from '../../domain/user-error';
import type { DocumentStore } from '../../ports/document-store';
import { continueJob, startJob, type JobProgress } from '../jobs/job';
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

const Start = z.object({ programmeIds: z.array(idOf('ПР')).min(1).max(300) });

/** Starts making the chosen programmes' documents: says how many will be made against the day's limit. */
export function startProgrammeDocuments(s: Services, input: unknown): ProgrammeDocumentsProgress {
  const { programmeIds } = parseInput(Start, input, { whole: 'Программы' });
  const programmes = loadEntities(s, PROGRAMMES_TABLE, ProgrammeSchema);
  for (const id of programmeIds) requireEntity(programmes, id, 'Программа');
  const fresh = programmeIds.filter((id) => !programmes.entities.find((p) => p.id === id)?.documentUrl);
  const job = startJob(s, { kind: PROGRAMME_DOCUMENTS, title: 'Документы программ', keys: programmeIds });
  const limit =
    fresh.length > DOCUMENTS_PER_DAY
      ? ` Это больше дневного лимита Google (${DOCUMENTS_PER_DAY} документов для обычного аккаунта): остальные будут созданы на следующий день — нажмите «Продолжить».`
      : '';
  return {
    ...job,
    summary:
      `Будет создано ${countRu(fresh.length, ['новый документ', 'новых документа', 'новых документов'])}` +
      (fresh.length < programmeIds.length ? `; у остальных документ уже есть, он останется как есть.` : '.') +
      limit,
  };
}

/** Makes the next documents of the job, for about half a minute; answers the progress. */
export function continueProgrammeDocuments(
  s: Services,
  documents: DocumentStore,
  jobId: unknown,
): ProgrammeDocumentsProgress {
  const id = typeof jobId === 'string' ? jobId : '';
  const cache: TemplateCache = new Map();
  const progress = continueJob(s, id, (locked, key) => makeProgrammeDocument(locked, documents, key, cache));
  const failed =
    progress.failed.length > 0 ? ` Не создано: ${progress.failed.length} — см. причины ниже.` : '';
  return { ...progress, summary: `Готово ${progress.processed} из ${progress.total}.${failed}` };
}

/** One programme's document: found or made under its key, its link written into the programme's row. */
function makeProgrammeDocument(
  s: Services,
  documents: DocumentStore,
  programmeId: string,
  cache: TemplateCache,
): void {
  const data = readRegistry(s);
  const programme = requireEntity(data.programmes, programmeId, 'Программа');
  const context = programmeContext(s, data, programme);
  // The first item of a chunk reads the template and lists it if need be; the next ones take it from the cache.
  const first = !cache.has('programme');
  const template = templateFor(s, documents, 'programme', cache);
  const filled = fillDocument('programme', template, context, LANGUAGE);
  if (first) registerTemplate(s, documents, 'programme');
  const name = `Программа наставничества ${programme.id}${programme.title ? ` — ${programme.title}` : ''}`;
  const document = documents.ensure(name, `программа ${programme.id}`, filled.document);
  if (programme.documentUrl === document.url) return;
  runOperation(s, { action: 'Программа: документ' }, (b) => {
    const table = loadEntities(b, PROGRAMMES_TABLE, ProgrammeSchema);
    const row = requireEntity(table, programmeId, 'Программа');
    const cells = cellsOf(b, PROGRAMMES_TABLE, { documentUrl: document.url }, ['documentUrl']);
    b.tables.update(table.data, [{ rowNumber: row.rowNumber, cells }]);
    b.journal.record([{ action: 'Программа: создан документ', ids: [programmeId] }]);
  });
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
