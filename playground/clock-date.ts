import type { Runtime } from '../test/emulator/core/runtime';

/**
 * The `Date` the loaded script sees: node's own Date (so a date read from a cell passes the script's
 * `instanceof Date`, and a date the script makes passes the emulator's), except that "now" — `new Date()`,
 * `Date.now()`, `Date()` — is the emulator's clock, so a scenario's dates are the same on every run and
 * `advanceClock` moves the add-on's sense of today along with its triggers.
 */
export function clockDate(rt: Runtime): DateConstructor {
  const Real = Date;
  function ClockDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new Real(rt.now).toString();
    return Reflect.construct(Real, args.length ? args : [rt.now], new.target);
  }
  ClockDate.prototype = Real.prototype;
  ClockDate.now = (): number => rt.now;
  ClockDate.parse = Real.parse;
  ClockDate.UTC = Real.UTC;
  return ClockDate as unknown as DateConstructor;
}
