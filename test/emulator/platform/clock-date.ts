import type { Runtime } from '../core/runtime';

/**
 * A `Date` whose "now" is the emulator clock: `new Date()` and `Date.now()` read `rt.now`, everything else is the
 * host Date. Not among the globals (installing it would replace jest's own Date); pass it to a vm context that
 * runs the built bundle so code reading the current time follows `advanceClock`.
 */
export function clockDate(rt: Runtime): DateConstructor {
  const Host = Date;
  class ClockDate extends Host {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(rt.now);
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return rt.now;
    }
  }
  return ClockDate as unknown as DateConstructor;
}
