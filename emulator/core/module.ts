import type { Workspace } from '../workspace';

/** One area of the emulated Workspace (sheets, docs, forms, HTML, platform services). */
export interface ServiceModule<State = unknown> {
  /** The globals this area provides to scripts, e.g. `{ SpreadsheetApp }`. */
  globals(): Record<string, unknown>;
  /** This area's whole state as plain JSON (no class instances, no Dates: ISO strings or serials). */
  snapshot(): State;
  /** Replaces this area's state with a snapshot taken earlier. */
  restore(state: State): void;
}

export type ModuleFactory<M> = new (ws: Workspace) => M;
