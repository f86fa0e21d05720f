import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkspaceSnapshot } from '../emulator/workspace';

/** A sidebar or dialog on the page; `id` changes each time the script shows one, so the page reloads it. */
export interface Panel {
  id: number;
  title: string;
  html: string;
  modal?: boolean;
}

/** What .playground/state.json holds: the Workspace and what the page showed around it. */
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
