/**
 * What the answers say, read back from the result sheets: entry against exit per person and per indicator, a
 * quality score per pair from the satisfaction answers, and the pairs that need the curator (src/domain/
 * questionnaires: compareImpact, pairQuality). Each result sheet is read once.
 */
import type { Cell } from '../../domain/questionnaires/answers';
import {
  compareImpact,
  summariseImpact,
  type IndicatorSummary,
  type PersonImpact,
} from '../../domain/questionnaires/impact-comparison';
import type { QuestionnaireKind } from '../../domain/questionnaires/model';
import {
  pairQuality,
  pairsNeedingAttention,
  type Attention,
  type PairQuality,
} from '../../domain/questionnaires/pair-quality';
import type { ResultRow } from '../../domain/questionnaires/result-row';
import { isUserError } from '../../domain/user-error';
import type { SheetRow } from '../../ports/table-store';
import type { Services } from '../services';
import { loadRecord, type QuestionnaireRecord } from './questionnaire-record';
import { kindOfLabel, loadPeople, loadQuestionnaires } from './registry-data';
import { resultTableSpec } from './result-sheet';

export interface QuestionnaireAnalysis {
  /** Per person: each indicator at entry, at exit and the change. */
  readonly impact: PersonImpact[];
  /** Per indicator: the means over the people who answered both. */
  readonly impactSummary: IndicatorSummary[];
  readonly pairs: PairQuality[];
  readonly attention: Attention[];
}

export function questionnaireAnalysis(s: Services): QuestionnaireAnalysis {
  const rowsOf = resultRowsByKind(s);
  const impact = compareImpact(rowsOf.get('impact-entry') ?? [], rowsOf.get('impact-exit') ?? []);
  const { mentorships } = loadPeople(s);
  const inWork = mentorships.filter((m) => ['идёт', 'продлена', 'завершена'].includes(m.status));
  const participants = inWork.map((m) => ({ pairId: m.id, mentorId: m.mentorId, menteeIds: m.menteeIds }));
  const pairs = pairQuality(participants, [
    ...(rowsOf.get('mentee-satisfaction') ?? []),
    ...(rowsOf.get('mentor-satisfaction') ?? []),
  ]);
  return {
    impact,
    impactSummary: summariseImpact(impact),
    pairs,
    attention: pairsNeedingAttention(pairs, participants),
  };
}

/** Every result sheet's rows by the questionnaire's kind, each sheet read once. */
export function resultRowsByKind(s: Services): Map<QuestionnaireKind, ResultRow[]> {
  const rowsOf = new Map<QuestionnaireKind, ResultRow[]>();
  for (const row of loadQuestionnaires(s).entities) {
    const kind = kindOfLabel(row.kind);
    const record = kind ? loadRecord(s.properties, row.id) : null;
    if (!kind || !record) continue;
    rowsOf.set(kind, [...(rowsOf.get(kind) ?? []), ...resultRows(s, row.id, record)]);
  }
  return rowsOf;
}

/** A result sheet's rows as the domain's rows (none when the sheet is not made yet). */
function resultRows(s: Services, id: string, record: QuestionnaireRecord): ResultRow[] {
  let rows: readonly SheetRow[];
  try {
    rows = s.tables.read(resultTableSpec(id, record.spec)).rows;
  } catch (error) {
    if (isUserError(error)) return [];
    throw error;
  }
  const cell = (r: SheetRow, key: string): Cell => {
    const v = r.cells[key];
    return typeof v === 'number' ? v : v === undefined || v === null ? '' : String(v);
  };
  return rows.map((r) => {
    const at = r.cells.submittedAt;
    const flags = String(r.cells.flags ?? '');
    return {
      responseId: String(r.cells.responseId ?? ''),
      submittedAt: at instanceof Date ? at : new Date(0),
      respondentId: String(r.cells.respondentId ?? ''),
      role: String(r.cells.role ?? '') as ResultRow['role'],
      pairId: String(r.cells.pairId ?? ''),
      token: String(r.cells.token ?? ''),
      answers: Object.fromEntries(record.spec.items.map((q) => [q.key, cell(r, q.key)])),
      indices: Object.fromEntries(record.spec.indices.map((i) => [i.key, cell(r, i.key)])),
      flags: flags ? flags.split('; ') : [],
    };
  });
}
