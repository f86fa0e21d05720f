/**
 * Answers into result sheets, exactly once (src/domain/questionnaires/README.md, «Ingestion»). The spreadsheet's
 * form-submit event carries no response ID and may come twice, blank or not at all, so no event is ever turned
 * into a row: every run — the trigger, «Обновить результаты», a retry — reads the form's own responses and appends
 * a row only for a response ID the result sheet lacks, under the document lock, and records the codes the rows
 * used in the same run. The trigger reads only the responses since the last one it took, less a margin for
 * answers whose timestamps arrive out of order, so its cost does not grow with the answers already taken;
 * «Обновить результаты» reads them all, which also picks up anything a lost event left behind.
 */
import { ingestResponses, type FormResponseRecord } from '../../domain/questionnaires/ingest';
import type { QuestionnaireRow } from '../../domain/registry/entities/questionnaire';
import type { Located } from '../../domain/registry/read-table';
import { QUESTIONNAIRES_TABLE } from '../../domain/registry/tables';
import { isUserError, UserError } from '../../domain/user-error';
import type { QuestionnaireServices } from '../../ports/questionnaire-forms';
import { completePending, runOperation } from '../operations/run-operation';
import { cellsOf } from '../registry/entity-table';
import type { Services } from '../services';
import { ingestedUpToKey, loadRecord } from './questionnaire-record';
import { loadQuestionnaires, parseQuestionnaireId, type QuestionnaireTable } from './registry-data';
import { readResults, resultRowCells, resultTableSpec } from './result-sheet';
import { loadTokens, tokenRecords, useUpdates, type TokenTable } from './token-registry';

/** How far back the trigger reads before the last response it took: a response may be stamped a little late. */
export const SAFETY_MARGIN_MS = 2 * 60 * 1000;

/** What one questionnaire's run did. */
export interface IngestSummary {
  readonly questionnaireId: string;
  readonly title: string;
  /** Rows appended now. */
  readonly added: number;
  /** Rows on the result sheet after the run. */
  readonly total: number;
  /** Of the rows appended now, those with a flag (a blank answer, an unknown or reused code). */
  readonly flagged: number;
  readonly resultSheet: string;
  /** Why the form could not be read (deleted, no access): the other questionnaires are read all the same. */
  readonly problem?: string;
}

/**
 * The trigger's run: the questionnaire whose form the event's sheet is linked to (`formUrl`), or, when the event
 * names none (a blank one, a sheet unlinked), every open questionnaire — each from its last ingested response.
 */
export function ingestSubmitted(
  s: Services,
  q: QuestionnaireServices,
  formUrl: string | null,
): IngestSummary[] {
  return s.lock.run(() => {
    completePending(s);
    const questionnaires = loadQuestionnaires(s);
    const open = questionnaires.entities.filter((r) => r.status === 'открыта');
    const formId = formUrl ? formIdOf(formUrl) : null;
    const named = formId ? open.filter((r) => formIdOf(r.formUrl ?? '') === formId) : [];
    const targets = named.length > 0 ? named : open;
    const tokens = loadTokens(s);
    return targets.flatMap((row) => {
      if (!loadRecord(s.properties, row.id)) return [];
      try {
        return [ingestOne(s, q, questionnaires, tokens, row, false)];
      } catch (error) {
        // One form gone (deleted, no access) must not keep the others' answers out.
        if (!isUserError(error)) throw error;
        return [{ ...unread(row), problem: error.message }];
      }
    });
  });
}

/** «Обновить результаты»: every response of one questionnaire (or of all), read in full. */
export function refreshResults(s: Services, q: QuestionnaireServices, input: unknown): IngestSummary[] {
  const wanted =
    input === undefined || input === null || input === '' ? null : parseQuestionnaireId(input) || null;
  return s.lock.run(() => {
    completePending(s);
    const questionnaires = loadQuestionnaires(s);
    const targets = questionnaires.entities.filter((r) => (wanted ? r.id === wanted : true));
    if (wanted && targets.length === 0) {
      throw new UserError(`Анкеты ${wanted} нет на листе «${questionnaires.data.sheetName}».`);
    }
    const tokens = loadTokens(s);
    return targets.flatMap((row) => {
      if (!loadRecord(s.properties, row.id)) {
        if (wanted) throw new UserError(`Анкета ${row.id} создана не дополнением: её ответы не читаются.`);
        return [];
      }
      try {
        return [ingestOne(s, q, questionnaires, tokens, row, true)];
      } catch (error) {
        if (wanted || !isUserError(error)) throw error;
        return [{ ...unread(row), problem: error.message }];
      }
    });
  });
}

/** The form's ID in its edit or viewing link (`…/forms/d/<id>/…`), or null. */
export function formIdOf(url: string): string | null {
  return /\/forms\/d\/(?:e\/)?([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? null;
}

/**
 * One questionnaire: the responses (all, or from the last taken less the margin), the rows the sheet lacks
 * appended, then, as one operation, the codes they used, the count in «Анкеты» and how far the form was read.
 */
function ingestOne(
  s: Services,
  q: QuestionnaireServices,
  questionnaires: QuestionnaireTable,
  tokens: TokenTable,
  row: Located<QuestionnaireRow>,
  full: boolean,
): IngestSummary {
  const record = loadRecord(s.properties, row.id);
  if (!record) throw new Error(`No record of questionnaire ${row.id}`);
  const upToKey = ingestedUpToKey(row.id);
  const upTo = Number(s.properties.get(upToKey) ?? 0) || 0;
  const since = !full && upTo > 0 ? new Date(upTo - SAFETY_MARGIN_MS) : undefined;
  const responses = q.forms.readResponses(record.formId, since);
  const spec = resultTableSpec(row.id, record.spec);
  const zone = s.tables.timeZone();
  const results = readResults(s, spec);
  const existing = results.rows.map((r) => String(r.cells.responseId ?? '')).filter(Boolean);
  const { rows, uses } = ingestResponses({
    spec: record.spec,
    questionnaireId: row.id,
    responses,
    existingResponseIds: existing,
    tokens: tokenRecords(tokens, zone),
    itemIds: record.itemIds,
    timeZone: zone,
  });
  // Rows first, then the codes they used: a run stopped in between is completed by the next (see result-sheet.ts).
  s.tables.append(
    results,
    rows.map((r) => resultRowCells(record.spec, r)),
  );
  const total = existing.length + rows.length;
  const latest = latestMoment(responses);
  runOperation(s, { action: 'Анкета: ответы записаны' }, (b) => {
    b.tables.update(tokens.data, useUpdates(b, tokens, uses));
    if (row.answers !== total) {
      const cells = cellsOf(b, QUESTIONNAIRES_TABLE, { answers: total }, ['answers']);
      b.tables.update(questionnaires.data, [{ rowNumber: row.rowNumber, cells }]);
    }
    if (latest > upTo) b.properties.setAll({ [upToKey]: String(latest) });
    if (rows.length > 0) {
      b.journal.record([
        {
          action: `Анкета: записано ответов — ${rows.length}`,
          ids: [row.id],
          details: `Лист «${results.sheetName}»`,
        },
      ]);
    }
  });
  return {
    questionnaireId: row.id,
    title: row.title,
    added: rows.length,
    total,
    flagged: rows.filter((r) => r.flags.length > 0).length,
    resultSheet: results.sheetName,
  };
}

/** The summary of a questionnaire whose form could not be read. */
function unread(row: Located<QuestionnaireRow>): IngestSummary {
  return {
    questionnaireId: row.id,
    title: row.title,
    added: 0,
    total: row.answers ?? 0,
    flagged: 0,
    resultSheet: row.resultSheet ?? '',
  };
}

function latestMoment(responses: readonly FormResponseRecord[]): number {
  return responses.reduce((max, r) => Math.max(max, r.submittedAt.getTime()), 0);
}
