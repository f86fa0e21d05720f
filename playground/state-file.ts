import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkspaceSnapshot } from '../emulator/workspace';

/** A sidebar or dialog on the page; `id` changes each time the script shows one, so the page reloads it. */
export interface Panel {
  id: number;
  title: string;
  html: string;
  modal?: boolean;
}

/** What .playground/state-<start>.json holds: the Workspace and what the page showed around it. */
export interface SavedState {
  format: 'nastavnik-playground/1';
  start: 'demo' | 'empty';
  workspace: WorkspaceSnapshot;
  sidebar: Panel | null;
  dialog: Panel | null;
  seq: number;
}

/** The saved state, or null when the file is missing, unreadable or of another format (said on the console). */
export function readStateFile(file: string): SavedState | null {
  let data: SavedState;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as SavedState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.warn(`${file}: не удалось прочитать сохранённое состояние, начинаю заново`);
    }
    return null;
  }
  return data.format === 'nastavnik-playground/1' ? data : null;
}

/** Writes the state atomically (a temporary file renamed over the old one), so a crash never leaves half a file. */
export function writeStateFile(file: string, state: SavedState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

/** The file a start kind's state is saved in: the demo and `--empty` keep one each, so neither overwrites the other. */
export function stateFileFor(dir: string, start: SavedState['start']): string {
  return path.join(dir, `state-${start}.json`);
}

/**
 * The one state.json of earlier versions, renamed to its start kind's own file when that has none yet, so the next
 * start goes on from it; returns the new name, or null when there was nothing to move.
 */
export function adoptOldStateFile(dir: string): string | null {
  const old = path.join(dir, 'state.json');
  if (!existsSync(old)) return null;
  const saved = readStateFile(old);
  if (!saved || (saved.start !== 'demo' && saved.start !== 'empty')) return null;
  const file = stateFileFor(dir, saved.start);
  if (existsSync(file)) return null;
  renameSync(old, file);
  return file;
}
