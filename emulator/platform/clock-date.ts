import type { Runtime } from '../core/runtime';

/** The host's own Date, taken when the module loads: a clock Date wraps it even while `install` has put one on the global. */
const HostDate = Date;

/**
 * A `Date` whose "now" is the emulator clock: `new Date()`, `Date()` and `Date.now()` read `rt.now`, everything
 * else is the host Date. The bundle loader gives it to the vm context that runs the built bundle, and
 * `Workspace.install` puts it on jest's global for tests that import src/gas directly, so code reading the current
 * time follows `advanceClock` (jest times tests with its own saved native `Date.now`).
 * It is a Proxy of the host Date, not a subclass: Apps Script has one realm, so a Date the emulator returns
 * (getValues) must pass `instanceof Date` in the script, and a Date the script makes must pass it in the emulator.
 */
export function clockDate(rt: Runtime): DateConstructor {
  return new Proxy(HostDate, {
    construct(target, args: unknown[]) {
      return args.length === 0 ? new target(rt.now) : new target(...(args as [string | number | Date]));
    },
    apply(target) {
      // Date() called as a function ignores its arguments and gives the current time as a string.
      return new target(rt.now).toString();
    },
    get(target, property, receiver) {
      if (property === 'now') return () => rt.now;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
