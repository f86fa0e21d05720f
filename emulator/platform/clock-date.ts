import type { Runtime } from '../core/runtime';

/**
 * A `Date` whose "now" is the emulator clock: `new Date()` and `Date.now()` read `rt.now`, everything else is the
 * host Date. Not among the globals (installing it would replace jest's own Date); pass it to a vm context that
 * runs the built bundle so code reading the current time follows `advanceClock`.
 * It is a Proxy of the host Date, not a subclass: Apps Script has one realm, so a Date the emulator returns
 * (getValues) must pass `instanceof Date` in the script, and a Date the script makes must pass it in the emulator.
 */
export function clockDate(rt: Runtime): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      return args.length === 0 ? new target(rt.now) : new target(...(args as [string | number | Date]));
    },
    apply(target, _this, args: unknown[]) {
      // Date() called as a function gives the current time as a string.
      return args.length === 0 ? new target(rt.now).toString() : target();
    },
    get(target, property, receiver) {
      if (property === 'now') return () => rt.now;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
