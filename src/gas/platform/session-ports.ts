/** The Clock and CurrentUser ports on the platform. */
import type { Clock } from '../../ports/clock';
import type { CurrentUser } from '../../ports/current-user';

/** The platform's clock. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** The person running the action; '' when Apps Script hides the email (§6.7). */
export class SessionUser implements CurrentUser {
  email(): string {
    return Session.getActiveUser().getEmail();
  }
}
