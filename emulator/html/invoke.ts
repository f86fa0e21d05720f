import type { Workspace } from '../workspace';
import { argsToWire, resultToWire, type WireFailure } from './wire-rules';

/** What a sidebar's `google.script.run` call comes back with: the success value or the failure handler's error. */
export type InvokeResult =
  { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };

/**
 * The server side of `google.script.run` (docs/apps-script-platform.md §3.3): checks the function is callable and the
 * arguments are legal, runs the function as one FULL-mode execution, and checks the return value by the same rules.
 */
export function invoke(ws: Workspace, functionName: string, args: readonly unknown[]): InvokeResult {
  const fn = functionName.endsWith('_') ? undefined : ws.scriptFunction(functionName);
  // [FIELD wording: web apps show `Script function not found: doGet`] A real page has no runner key for a
  // private or missing function, so the page itself throws `google.script.run.x is not a function`.
  if (!fn) return failure('Error', `Script function not found: ${functionName}`);
  let wireArgs: unknown[];
  try {
    wireArgs = argsToWire(args);
  } catch (error) {
    return failure('Error', (error as Error).message);
  }
  let value: unknown;
  try {
    value = ws.run(() => fn(...wireArgs), { kind: 'sidebar', authMode: 'FULL' });
  } catch (error) {
    return thrown(error);
  }
  try {
    return { ok: true, value: resultToWire(value) };
  } catch (error) {
    const wire = error as WireFailure;
    // Live, a Date in a return value reportedly reaches the success handler as null, with no error [FIELD, §3.3];
    // the emulator is stricter on purpose, as §3.3 asks of a fake, and says where the value was.
    const what = wire.wireKind
      ? `a ${wire.wireKind} at ${wire.wirePath}`
      : `a circular reference at ${wire.wirePath}`;
    return failure(
      'Error',
      `${functionName} returned ${what}: google.script.run cannot carry it. ` +
        'Return JSON-safe data (Dates as ISO strings). (emulator check, docs/apps-script-platform.md §3.3)',
    );
  }
}

/**
 * The same call with JSON on both sides, for a page transport (playwright's exposeFunction, the playground's
 * fetch): takes the arguments as the page serialised them and returns the InvokeResult as a JSON string.
 */
export function invokeJson(ws: Workspace, functionName: string, argsJson: string): string {
  const args: unknown = JSON.parse(argsJson);
  if (!Array.isArray(args)) throw new Error('invokeJson: argsJson must be a JSON array');
  return JSON.stringify(invoke(ws, functionName, args));
}

function failure(name: string, message: string): InvokeResult {
  return { ok: false, error: { name, message } };
}

// [FIELD, weak: public sidebar clients strip the prefix in their failure handlers, one with
// `error.message.substring(7); // Remove "Error: " prefix`, another with `error.message.replace('Exception: ', '')`]
// The failure handler's Error carries the server error's name, and its message is the server error as a string:
// `throw new Error('x')` arrives as message `Error: x`. Exact format otherwise [UNVERIFIED].
function thrown(error: unknown): InvokeResult {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const e = error as Error;
    const name = typeof e.name === 'string' && e.name ? e.name : 'Error';
    return failure(name, `${name}: ${String(e.message)}`);
  }
  return failure('Error', String(error));
}
