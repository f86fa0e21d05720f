/** The Clock port on the platform: the one file of src/ that reads the clock (eslint.config.mjs allows it here). */
import type { Clock } from '../../ports/clock';

/** The platform's clock: now, as Apps Script's V8 sees it. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
