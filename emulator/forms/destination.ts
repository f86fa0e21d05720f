import { sheetCells, sheetHeaders } from './answers';
import type { FormsContext, ResponsesLocale } from './context';
import { BAD_DESTINATION } from './errors';
import type { FormModel, ResponseModel } from './model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * [COMMUNITY/UNVERIFIED] The linked sheet's name: «Form Responses N» in an English UI (§5.1), «Ответы на форму (N)»
 * in a Russian one; which language applies is `ws.forms.responsesLocale`, 'en' by default.
 */
export function responsesSheetName(n: number, locale: ResponsesLocale): string {
  return locale === 'ru' ? `Ответы на форму (${n})` : `Form Responses ${n}`;
}

/** [UNVERIFIED] The first headers of the linked sheet, in each UI language. */
const FIXED_HEADERS: Record<ResponsesLocale, { timestamp: string; email: string }> = {
  en: { timestamp: 'Timestamp', email: 'Email Address' },
  ru: { timestamp: 'Отметка времени', email: 'Адрес электронной почты' },
};

/** The header row a linked sheet gets: Timestamp, the email if collected, then each question's title. */
export function headerRow(form: FormModel, locale: ResponsesLocale): string[] {
  const fixed = FIXED_HEADERS[locale];
  return [fixed.timestamp, ...(form.collectEmail ? [fixed.email] : []), ...form.items.flatMap(sheetHeaders)];
}

function cellsByHeader(
  form: FormModel,
  response: ResponseModel,
  locale: ResponsesLocale,
): Map<string, unknown> {
  const fixed = FIXED_HEADERS[locale];
  const cells = new Map<string, unknown>([[fixed.timestamp, new Date(response.timestamp ?? 0)]]);
  if (form.collectEmail) cells.set(fixed.email, response.email);
  for (const item of form.items) {
    const answer = response.answers.find((a) => a.itemId === item.id)?.value;
    const values = sheetCells(item, answer);
    sheetHeaders(item).forEach((header, i) => cells.set(header, values[i]));
  }
  return cells;
}

/**
 * Links the form to a spreadsheet (§5.1): a new sheet named like the real one, the header row, and every response
 * the form already holds. Throws if the id is no spreadsheet.
 */
export function linkDestination(ctx: FormsContext, form: FormModel, spreadsheetId: string): void {
  const ss = ctx.spreadsheet(spreadsheetId);
  if (!ss) throw new Error(BAD_DESTINATION(spreadsheetId));
  const locale = ctx.localeFor(ss);
  const sheetName = ctx.rt.internal(() => {
    let n = 1;
    while (ss.getSheetByName(responsesSheetName(n, locale))) n++;
    const name = responsesSheetName(n, locale);
    const sheet = ss.insertSheet(name);
    const header = headerRow(form, locale);
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    linkSheet(sheet, formEditUrl(form));
    return name;
  });
  form.destination = { type: 'SPREADSHEET', id: spreadsheetId, sheetName, locale };
  for (const response of form.responses) appendResponse(ctx, form, response);
}

/** Unlinks the form from its destination (the sheet keeps its rows; `Sheet.getFormUrl()` becomes null). */
export function unlinkDestination(ctx: FormsContext, form: FormModel): void {
  const destination = form.destination;
  form.destination = null;
  if (!destination) return;
  const ss = ctx.spreadsheet(destination.id);
  const sheet = ss && ctx.rt.internal(() => ss.getSheetByName(destination.sheetName));
  if (sheet) ctx.rt.internal(() => linkSheet(sheet, null));
}

/** The form's edit URL, which `Sheet.getFormUrl()` returns and `FormApp.openByUrl` takes. */
export function formEditUrl(form: FormModel): string {
  return `https://docs.google.com/forms/d/${form.id}/edit`;
}

/** Tells the spreadsheet emulator which form feeds a sheet, through its `_linkForm` hook when it has one. */
function linkSheet(sheet: Sheet, url: string | null): void {
  const hook = (sheet as unknown as { _linkForm?: (url: string | null) => void })._linkForm;
  if (typeof hook === 'function') hook.call(sheet, url);
}

/** Where a response landed in the destination sheet. */
export interface AppendedRow {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: Sheet;
  row: number;
  headers: string[];
}

/**
 * Appends a submitted response to the destination sheet, adding columns at the end for questions added since the
 * header was written. Returns null when the form has no destination, or its sheet is gone.
 */
export function appendResponse(
  ctx: FormsContext,
  form: FormModel,
  response: ResponseModel,
): AppendedRow | null {
  const destination = form.destination;
  if (!destination) return null;
  const ss = ctx.spreadsheet(destination.id);
  if (!ss) return null;
  return ctx.rt.internal(() => {
    const sheet = ss.getSheetByName(destination.sheetName);
    if (!sheet) return null;
    const cells = cellsByHeader(form, response, destination.locale);
    const width = Math.max(sheet.getLastColumn(), 1);
    const headers = sheet
      .getRange(1, 1, 1, width)
      .getValues()[0]
      .map(String)
      .filter((h, i) => h !== '' || i === 0);
    const missing = [...cells.keys()].filter((h) => !headers.includes(h));
    if (missing.length) {
      sheet.getRange(1, headers.length + 1, 1, missing.length).setValues([missing]);
      headers.push(...missing);
    }
    sheet.appendRow(headers.map((h) => (cells.has(h) ? cells.get(h) : '')));
    return { spreadsheet: ss, sheet, row: sheet.getLastRow(), headers };
  });
}
