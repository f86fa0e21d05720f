/** «Коды анкет» read as the domain's token records, and the cells a new code or a use writes. */
import type { TokenRecord, TokenUse } from '../../domain/questionnaires/tokens';
import { dateAtMidnightInZone, isoDateTimeInZone } from '../../domain/registry/dates';
import {
  QuestionnaireTokenSchema,
  type QuestionnaireTokenRow,
} from '../../domain/registry/entities/questionnaire';
import { QUESTIONNAIRE_TOKENS_TABLE } from '../../domain/registry/tables';
import type { Located } from '../../domain/registry/read-table';
import type { RowUpdate } from '../../ports/table-store';
import { cellsOf, loadEntities, type EntityTable } from '../registry/entity-table';
import type { Services } from '../services';

export type TokenTable = EntityTable<QuestionnaireTokenRow>;

export function loadTokens(s: Services): TokenTable {
  return loadEntities(s, QUESTIONNAIRE_TOKENS_TABLE, QuestionnaireTokenSchema);
}

/** The rows that name someone: a code dropped (consent withdrawn) or emptied by hand names nobody. */
export function tokenRecords(table: TokenTable, timeZone: string): TokenRecord[] {
  return table.entities.flatMap((row) => {
    const token = (row.token ?? '').trim().toLowerCase();
    if (!token || row.state === 'отозван' || !row.role) return [];
    const used = row.state === 'использован';
    return [
      {
        questionnaireId: row.questionnaireId,
        personId: row.personId ?? '',
        role: row.role,
        pairId: row.pairId ?? '',
        token,
        state: used ? 'used' : 'issued',
        usedBy: used ? (row.usedBy ?? '') : '',
        usedAt: used && row.usedAt ? momentOf(row.usedAt, timeZone) : null,
      },
    ];
  });
}

/** The updates that record `uses` on their rows (a use of a code the sheet no longer has is dropped). */
export function useUpdates(s: Services, table: TokenTable, uses: readonly TokenUse[]): RowUpdate[] {
  const zone = s.tables.timeZone();
  return uses.flatMap((use) => {
    const row = table.entities.find((r) => (r.token ?? '').trim().toLowerCase() === use.token);
    if (!row) return [];
    const cells = cellsOf(
      s,
      QUESTIONNAIRE_TOKENS_TABLE,
      { state: 'использован', usedBy: use.responseId, usedAt: isoDateTimeInZone(use.submittedAt, zone) },
      ['state', 'usedBy', 'usedAt'],
    );
    return [{ rowNumber: row.rowNumber, cells }];
  });
}

/** The codes of one questionnaire, in sheet order. */
export function tokensOf(table: TokenTable, questionnaireId: string): Located<QuestionnaireTokenRow>[] {
  return table.entities.filter((r) => r.questionnaireId === questionnaireId && (r.token ?? '') !== '');
}

function momentOf(iso: string, timeZone: string): Date {
  const [hour, minute] = iso.slice(11, 16).split(':').map(Number);
  return dateAtMidnightInZone(iso.slice(0, 10), timeZone, hour, minute);
}
