/** The CurrentUser port on the platform (the clock is system-clock.ts). */
import type { CurrentUser } from '../../ports/current-user';

/** The person running the action; '' when Apps Script hides the email (§6.7). */
export class SessionUser implements CurrentUser {
  email(): string {
    return Session.getActiveUser().getEmail();
  }
}
