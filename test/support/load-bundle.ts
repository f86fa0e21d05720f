import path from 'node:path';
import type { Workspace } from '../emulator/workspace';

// gas-local has no types: it loads every .js file of a folder into one vm context, as Apps Script loads a project.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require('gas-local') as { require(dir: string, globals: object, options?: object): object };

/** Where build.mjs writes what would be pushed to Apps Script. */
export const DIST = path.join(__dirname, '..', '..', 'dist');

/**
 * Loads dist/Code.js into one global context holding only the Workspace's Apps Script globals (and a `Date` on
 * the emulator's clock, so advancing it moves the script's "now" too), and makes its top-level functions the
 * Workspace's script (what menus, triggers and google.script.run call by name).
 * Returns the context, whose own properties are the script's globals.
 */
export function loadBundle(ws: Workspace): Record<string, unknown> {
  const globals = ws.globals();
  const context = gasLocal.require(
    DIST,
    { ...globals, Date: ws.platform.Date },
    { filter: (f: string) => f.endsWith('Code.js') },
  ) as Record<string, unknown>;
  const functions = Object.fromEntries(
    Object.keys(context)
      .filter((name) => typeof context[name] === 'function' && !(name in globals) && name !== 'Date')
      .map((name) => [name, context[name]]),
  );
  ws.loadScript(functions);
  return context;
}
