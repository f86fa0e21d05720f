import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runScenario, type Scenario } from './scenario';
import type { CompiledScript } from '../emulator/script-loader';
import { scenarioSnapshot, type ScenarioSnapshot } from './snapshot-view';
import { startSnapshot } from './start-state';

/** Reads a scenario file and checks its shape, with Russian messages for a person writing one by hand. */
export function readScenario(file: string): Scenario {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!data || typeof data !== 'object' || !Array.isArray((data as Scenario).steps)) {
    throw new Error(`${file}: в сценарии нужен список шагов "steps"`);
  }
  return data as Scenario;
}

/** Runs a scenario file (a "start" path is relative to the file) and returns its snapshot. */
export function runScenarioFile(compiled: CompiledScript, file: string): ScenarioSnapshot {
  return runScenarioData(compiled, readScenario(file), path.dirname(file));
}

/** Runs a scenario given as data; `baseDir` resolves a "start" snapshot path. */
export function runScenarioData(
  compiled: CompiledScript,
  scenario: Scenario,
  baseDir: string,
): ScenarioSnapshot {
  const { host, steps } = runScenario(compiled, scenario, (start) => startSnapshot(compiled, start, baseDir));
  return scenarioSnapshot(host, steps);
}
