/**
 * The weekly digest over Apps Script: its one time-driven trigger in this document (ScriptApp) and the letter
 * (MailApp). An add-on may have one trigger of each type per user per document (docs/apps-script-platform.md
 * §2.4), so the schedule looks at this document's triggers of the current user before installing.
 */
import type { DigestSchedule, Mailer } from '../../app/attention/digest';

/** The top-level function the trigger runs (exported from src/index.ts). */
export const DIGEST_HANDLER = 'sendAttentionDigest';

/** Monday morning, in the script's time zone: the week's list before the week's work. */
const DIGEST_HOUR = 8;

/** The digest's trigger among the current user's triggers of this spreadsheet. */
export class GasDigestSchedule implements DigestSchedule {
  installed(): boolean {
    return this.triggers().some((t) => t.getHandlerFunction() === DIGEST_HANDLER);
  }

  install(): { readonly blockedBy?: string } {
    const other = this.triggers().find(
      (t) => t.getEventType() === ScriptApp.EventType.CLOCK && t.getHandlerFunction() !== DIGEST_HANDLER,
    );
    if (other) return { blockedBy: other.getHandlerFunction() };
    ScriptApp.newTrigger(DIGEST_HANDLER)
      .timeBased()
      .everyWeeks(1)
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(DIGEST_HOUR)
      .create();
    return {};
  }

  remove(): void {
    for (const t of this.triggers())
      if (t.getHandlerFunction() === DIGEST_HANDLER) ScriptApp.deleteTrigger(t);
  }

  private triggers(): GoogleAppsScript.Script.Trigger[] {
    return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet());
  }
}

/** Plain-text mail through MailApp, to the user the trigger runs as (the curator who turned the digest on). */
export class GasMailer implements Mailer {
  recipient(): string {
    return Session.getEffectiveUser().getEmail();
  }

  remainingQuota(): number {
    return MailApp.getRemainingDailyQuota();
  }

  send(to: string, subject: string, body: string): void {
    MailApp.sendEmail(to, subject, body);
  }
}
