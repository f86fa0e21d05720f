/**
 * The in-memory Google Workspace the tests, the benchmarks and the playground run the add-on on: every Apps Script
 * service the add-on uses, one runtime (clock, executions, call counter, faults), and the loader that runs
 * dist/Code.js in one global context as Apps Script does. See README.md beside this file.
 */
export { Workspace, type ScriptFunction, type WorkspaceSnapshot } from './workspace';
export { compileScript, DIST, loadBundle, loadScript, type CompiledScript } from './script-loader';
export type { AuthMode, ExecutionKind, ExecutionOptions } from './core/runtime';
