/** google.script.run endpoints of «Что требует внимания» (sidebar/report/attention), and the digest's trigger. */
import * as attention from '../../app/attention/attention';
import { attentionRow } from '../../app/attention/attention-row';
import * as digest from '../../app/attention/digest';
import { SHEET_QUESTIONNAIRES } from '../../app/attention/questionnaire-attention';
import { operationIdOf } from '../../app/operations/run-operation';
import * as roadmap from '../../app/roadmap/mark-done';
import { isUserError } from '../../domain/user-error';
import { findTableSheet } from '../registry/sheet-lookup';
import { services, settledServices } from '../services';
import { GasDigestSchedule, GasMailer } from './digest-trigger';

/** The questionnaires' rows that need attention, from «Анкеты» and «Коды анкет»: none while there is none. */
const QUESTIONNAIRES = SHEET_QUESTIONNAIRES;

/** Every category counted, the orders an overdue roadmap item can be marked done by, the digest's state. */
export function loadAttentionSidebar(): attention.AttentionSidebar {
  return attention.loadAttention(settledServices(), QUESTIONNAIRES, new GasDigestSchedule());
}

/** A click on a line: the sheet of `{ table, id }` comes to the front with that row selected. */
export function goToAttentionRow(input: unknown): { sheetName: string; rowNumber: number } {
  const place = attentionRow(services(), input);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = findTableSheet(ss, place.spec)?.sheet;
  if (!sheet) return { sheetName: place.spec.sheetName, rowNumber: place.rowNumber };
  sheet.activate();
  sheet.setActiveRange(sheet.getRange(place.rowNumber, 1, 1, Math.max(1, sheet.getLastColumn())));
  return { sheetName: sheet.getName(), rowNumber: place.rowNumber };
}

/** Marks an item of «Дорожная карта» done `{ itemId, doneDate, orderId?, documentUrl? }`. */
export function markRoadmapItemDone(input: unknown, operationId?: unknown): roadmap.MarkedRoadmapItem {
  return roadmap.markRoadmapItemDone(services(), input, operationIdOf(operationId));
}

/** The checkbox «Присылать по понедельникам»: installs or removes the weekly trigger. */
export function setAttentionDigest(on: unknown): digest.DigestState {
  return digest.setDigest(services(), new GasDigestSchedule(), on);
}

/** The weekly trigger's run: the list mailed to the curator, nothing when it is empty. */
export function sendAttentionDigest(_e?: unknown): digest.DigestRun {
  // [UNVERIFIED] whether a published add-on's time-driven run has its document as the active spreadsheet (the
  // emulator gives it; reports on bound scripts differ): without one there is nothing to read, so say so in the log.
  const active = SpreadsheetApp.getActiveSpreadsheet() as GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  if (!active) {
    console.warn(
      'Сводка «Что требует внимания»: таблица недоступна при запуске по времени, письмо не отправлено.',
    );
    return { sent: false, total: 0, why: 'no active spreadsheet' };
  }
  try {
    return digest.sendDigest(settledServices(), new GasMailer(), QUESTIONNAIRES, active.getUrl());
  } catch (error) {
    // A sheet renamed or deleted since: nobody is there to read an alert, so the log says what to fix.
    if (!isUserError(error)) throw error;
    console.warn(`Сводка «Что требует внимания» не отправлена: ${error.message}`);
    return { sent: false, total: 0, why: error.message };
  }
}
