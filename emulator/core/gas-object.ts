import type { Runtime } from './runtime';

/** Property names that test tooling (jest's printer, promises, JSON) probes on any object: never "not implemented". */
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  'inspect',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
]);

/**
 * Base of every emulated Apps Script class. The instance is wrapped in a Proxy that
 * - throws `not implemented: Class.method` for any member the emulator lacks (never a silent undefined),
 * - counts each public call made from outside the emulator (nested calls inside the emulator are not counted),
 * - lets the runtime check auth mode and inject faults (the 6-minute limit) at that call.
 * Members whose names start with `_` are the emulator's own and are neither counted nor checked.
 * Do not use `#private` fields in subclasses: the Proxy is `this`, so brand checks would fail.
 * Like live Apps Script objects, an instance prints as its class name: `String(range)`, `${range}` and
 * `range.toString()` give «Range» (docs/apps-script-platform.md §8 item 13), never `[object Object]`.
 */
export abstract class GasObject {
  constructor(
    protected readonly _rt: Runtime,
    readonly _service: string,
    readonly _className: string,
  ) {
    return expose(this, _rt, _service, _className);
  }

  /** The Apps Script class name, as live objects print themselves (not counted: jest and loggers call it too). */
  toString(): string {
    return this._className;
  }
}

function expose<T extends object>(target: T, rt: Runtime, service: string, className: string): T {
  const wrappers = new Map<string, unknown>();
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || PROBED.has(prop) || prop.startsWith('_') || prop.startsWith('@@')) {
        return Reflect.get(obj, prop, receiver);
      }
      if (!(prop in obj)) throw new Error(`not implemented: ${className}.${prop}`);
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      let wrapper = wrappers.get(prop);
      if (!wrapper) {
        const method = value as (...args: unknown[]) => unknown;
        wrapper = function (this: unknown, ...args: unknown[]) {
          const outermost = rt._enter(service, className, prop);
          try {
            return method.apply(this, args);
          } finally {
            rt._exit(outermost);
          }
        };
        wrappers.set(prop, wrapper);
      }
      return wrapper;
    },
  });
}
