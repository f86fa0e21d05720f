import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Workspace } from './workspace';

/** Where build.mjs writes what would be pushed to Apps Script. */
export const DIST = path.resolve(__dirname, '..', 'dist');

/** The built add-on, compiled once and run into a fresh context for every Workspace (reset, restore). */
export interface CompiledScript {
  readonly dist: string;
  readonly script: vm.Script;
}

/** Reads and compiles dist/Code.js; the same compiled script is reused for every load. */
export function compileScript(dist: string = DIST): CompiledScript {
  const file = path.join(dist, 'Code.js');
  const code = readFileSync(file, 'utf8');
  return { dist, script: new vm.Script(code, { filename: file }) };
}

/**
 * Loads the add-on the way Apps Script does: one global context whose globals are the Workspace's services, the
 * bundle run as a plain script in it, and its top-level functions handed to the Workspace by name. Sidebars are
 * read from the same dist folder. Returns the names of the script's functions.
 */
export function loadScript(ws: Workspace, compiled: CompiledScript): string[] {
  ws.html.filesDir = compiled.dist;
  const globals = ws.globals();
  // Apps Script runs services and script in one realm; here the services live in node's, so the script gets
  // node's Date, on the emulator's clock (ws.platform.Date). The Workspace's console replaces node's.
  const sandbox: Record<string, unknown> = { console, Date: ws.platform.Date, ...globals };
  const injected = new Set(Object.keys(sandbox));
  const context = vm.createContext(sandbox);
  compiled.script.runInContext(context);
  const functions: Record<string, unknown> = {};
  for (const name of Object.keys(context)) {
    if (injected.has(name)) continue;
    if (typeof context[name] === 'function') functions[name] = context[name];
  }
  ws.loadScript(functions);
  return Object.keys(functions).sort();
}

const compiledByFile = new Map<string, { mtimeMs: number; compiled: CompiledScript }>();

/** Loads dist/Code.js (compiled once per build) into the Workspace: what tests and benchmarks call. */
export function loadBundle(ws: Workspace, dist: string = DIST): string[] {
  const { mtimeMs } = statSync(path.join(dist, 'Code.js'));
  let entry = compiledByFile.get(dist);
  if (!entry || entry.mtimeMs !== mtimeMs) {
    entry = { mtimeMs, compiled: compileScript(dist) };
    compiledByFile.set(dist, entry);
  }
  return loadScript(ws, entry.compiled);
}
