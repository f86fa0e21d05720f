/**
 * A mistake a person can fix (a wrong cell, a forbidden status change): the message is Russian and says what to
 * do. Bugs stay plain `Error`s; the UI shows a `UserError`'s message as is and reports anything else as a fault.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(message: string) {
    super(message);
    // Keeps `instanceof` working when compiled to ES5-style classes by older toolchains.
    Object.setPrototypeOf(this, UserError.prototype);
  }
}

/** Whether an unknown thrown value is a `UserError` (safe across bundles, where `instanceof` may fail). */
export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === 'UserError';
}

/**
 * Google's limit for the day is spent (documents made, e-mails sent): nothing is wrong with the item, so a job
 * stops with it still to do and resumes from there the next day, instead of marking it failed.
 */
export class DailyLimitError extends UserError {
  readonly dailyLimit = true;

  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, DailyLimitError.prototype);
  }
}

/** Whether a thrown value is a `DailyLimitError`. */
export function isDailyLimit(error: unknown): error is DailyLimitError {
  return isUserError(error) && (error as Partial<DailyLimitError>).dailyLimit === true;
}
