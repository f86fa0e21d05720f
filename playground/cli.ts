import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runScenarioFile } from './run-scenario';
import { compileScript, type CompiledScript } from '../emulator/script-loader';
import { startServer } from './server';
import { PlaygroundSession } from './session';
import { adoptOldStateFile, stateFileFor } from './state-file';

/** The value after a flag (`--port 8601`), or undefined. */
function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** How the terminal names a start kind. */
const KIND = { demo: 'демо', empty: 'пустая таблица (--empty)' } as const;

/**
 * The session of a start kind, going on from that kind's own saved state (.playground/state-demo.json or
 * state-empty.json), and saying in the terminal which one it loaded, or that it started afresh.
 */
export function openSession(
  root: string,
  start: 'demo' | 'empty',
  compiled: CompiledScript,
  say: (line: string) => void,
  log: (line: string) => void = say,
): PlaygroundSession {
  const dir = path.join(root, '.playground');
  const moved = adoptOldStateFile(dir);
  if (moved) say(`Старое .playground/state.json переименовано в ${path.relative(root, moved)}.`);
  const stateFile = stateFileFor(dir, start);
  const session = new PlaygroundSession(compiled, start, stateFile, log);
  const shown = path.relative(root, stateFile);
  say(
    session.restoredFrom
      ? `Загружено сохранённое состояние «${KIND[start]}»: ${shown}.`
      : `Начато заново: ${KIND[start]}; состояние будет сохраняться в ${shown}.`,
  );
  const other = start === 'demo' ? 'empty' : 'demo';
  say(`У запуска «${KIND[other]}» своё состояние: ${path.relative(root, stateFileFor(dir, other))}.`);
  return session;
}

/** `npm start [-- --port N] [--empty]`: serves the playground on 127.0.0.1 until stopped. */
export async function serve(root: string, args: string[]): Promise<void> {
  const port = Number(option(args, '--port') ?? process.env.PORT ?? 8600);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Неверный порт: ${String(port)}`);
  const start = args.includes('--empty') ? 'empty' : 'demo';
  const log = (line: string): void => console.log(`${new Date().toLocaleTimeString('ru-RU')} ${line}`);
  const say = (line: string): void => console.log(line);
  const session = openSession(root, start, compileScript(path.join(root, 'dist')), say, log);
  const { url } = await startServer(session, { root, port }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new Error(`Порт ${port} занят: запустите на другом, например npm start -- --port ${port + 1}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      session.flush();
      process.exit(0);
    });
  }
  console.log(`Наставник работает локально: ${url}`);
  console.log(
    `Всё сделанное сохраняется после каждого действия; «Сбросить» на странице вернёт ${start === 'demo' ? 'демо' : 'пустую таблицу'}.`,
  );
  console.log('Остановить: Ctrl+C.');
}

/** `npm run scenario -- FILE.json [--out SNAPSHOT.json]`: runs a scenario headless and writes the snapshot. */
export function scenario(root: string, args: string[]): number {
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
  if (!file)
    throw new Error(
      'Укажите файл сценария: npm run scenario -- playground/examples/first-steps.json --out snapshot.json',
    );
  const out = option(args, '--out');
  const snapshot = runScenarioFile(compileScript(path.join(root, 'dist')), path.resolve(file));
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (out) {
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFileSync(path.resolve(out), text);
  } else process.stdout.write(text);
  for (const step of snapshot.steps) {
    const what = step.do.note ?? JSON.stringify(step.do);
    const mark = step.asExpected ? (step.ok ? 'ok  ' : 'ok! ') : 'FAIL';
    console.error(`${mark} ${step.step}. ${what}${step.error ? ` — ${step.error}` : ''}`);
  }
  if (out) console.error(`снимок: ${out}`);
  return snapshot.steps.every((s) => s.asExpected) ? 0 : 1;
}
