/**
 * The questionnaires' ports beyond FormApp: the one spreadsheet form-submit trigger (ScriptApp; an add-on may
 * install one trigger of each type per document, §2.4) and letters through MailApp within the day's quota (§0).
 */
import type { FormSubmitTrigger, Mailer, QuestionnaireServices } from '../../ports/questionnaire-forms';
import { GoogleForms } from './google-forms';
import { UuidRandomness } from './uuid-randomness';

/** The spreadsheet's form-submit trigger, installed once for this user and document. */
export class SpreadsheetSubmitTrigger implements FormSubmitTrigger {
  ensure(handler: string): boolean {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const installed = ScriptApp.getUserTriggers(ss).some(
      (t) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
    );
    if (installed) return false;
    ScriptApp.newTrigger(handler).forSpreadsheet(ss).onFormSubmit().create();
    return true;
  }
}

/** MailApp, plain text, with the add-on's name as the sender's. */
export class GasMailer implements Mailer {
  remainingDailyQuota(): number {
    return MailApp.getRemainingDailyQuota();
  }

  send(letter: { readonly to: string; readonly subject: string; readonly body: string }): void {
    MailApp.sendEmail({ to: letter.to, subject: letter.subject, body: letter.body, name: 'Наставник' });
  }
}

/** The questionnaires' services of one execution. */
export function questionnaireServices(): QuestionnaireServices {
  return {
    spreadsheetId: () => SpreadsheetApp.getActiveSpreadsheet().getId(),
    forms: new GoogleForms(),
    random: new UuidRandomness(),
    trigger: new SpreadsheetSubmitTrigger(),
    mail: new GasMailer(),
  };
}
