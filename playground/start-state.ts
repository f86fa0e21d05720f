import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkspaceSnapshot } from '../emulator/workspace';
import { buildDemo } from './demo';
import type { CompiledScript } from '../emulator/script-loader';

/**
 * The Workspace a run starts from: "empty" (undefined: a new workbook), "demo" (the demo kindergarten) or a
 * file — a scenario snapshot, the playground's state.json, or a bare Workspace snapshot.
 */
export function startSnapshot(
  compiled: CompiledScript,
  start: string,
  baseDir = process.cwd(),
): WorkspaceSnapshot | undefined {
  if (start === 'empty') return undefined;
  if (start === 'demo') {
    const demo = buildDemo(compiled);
    for (const problem of demo.problems) console.warn(`демо: ${problem}`);
    return demo.snapshot;
  }
  const file = path.resolve(baseDir, start);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return workspaceIn(data, file);
}

/** The Workspace snapshot inside any of the files the playground writes. */
export function workspaceIn(data: Record<string, unknown>, file = 'the file'): WorkspaceSnapshot {
  const inner = (data.workspace ?? data) as Record<string, unknown>;
  if (inner.version !== 1 || typeof inner.now !== 'string') {
    throw new Error(`${file}: не похоже на снимок эмулятора (нет "version": 1 и "now")`);
  }
  return inner as unknown as WorkspaceSnapshot;
}
