/**
 * Long work in resumable chunks (docs/architecture.md, «Jobs»): documents for forty programmes, a mailing to a
 * hundred people. One execution may be stopped at any service call and lasts at most six minutes
 * (docs/apps-script-platform.md §0, §7.2), so a job is a list of item keys and a cursor kept in the document's
 * properties. The sidebar drives it chunk by chunk; each item is done under the document lock by a step that may
 * run again without effect (it finds what an earlier, stopped attempt made), and only then marked done. A closed
 * sidebar, an error or the time limit leaves the job where it stopped; «Продолжить» resumes it.
 */
import { isDailyLimit, isUserError, UserError } from '../../domain/user-error';
import * as z from '../../domain/registry/entities/zod';
import { completePending } from '../operations/run-operation';
import { parseInput } from '../registry/input';
import type { Services } from '../services';

/** What a job is asked to do: a kind, a title a person reads, and the keys of its items (IDs), in order. */
export interface JobRequest {
  readonly kind: string;
  readonly title: string;
  readonly keys: readonly string[];
}

/** Where a job stands, as the sidebar shows it («Создано 12 из 40»). */
export interface JobProgress {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly total: number;
  /** Items done, failed ones included. */
  readonly processed: number;
  /** Items that could not be done, with the reason in Russian (the rest of the job went on). */
  readonly failed: ReadonlyArray<{ readonly key: string; readonly message: string }>;
  readonly finished: boolean;
  /** Why the job stopped with items still to do (Google's limit for the day): it resumes from there. */
  readonly stopped?: string;
}

/**
 * Does one item. It runs under the document lock with nothing else pending, must be idempotent (an earlier
 * attempt may have been stopped anywhere inside it), and throws a UserError for an item that cannot be done, or a
 * DailyLimitError when Google's limit for the day is spent (the item stays to do).
 */
export type JobStep = (s: Services, key: string, job: { readonly id: string; readonly kind: string }) => void;

/** As kept in one property value: one character per item ('.' to do, '+' done, '-' failed). */
interface StoredJob {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly keys: readonly string[];
  readonly marks: string;
  readonly failures: Readonly<Record<string, string>>;
}

const PREFIX = 'nastavnik.job.';
/** One property value holds 9 KB (§6.2): a job's keys are IDs of about ten characters. */
const MAX_ITEMS = 300;
/** Each chunk ends well inside the sidebar's patience and the six minutes. */
export const CHUNK_BUDGET_MS = 30_000;

const PENDING = '.';
const DONE = '+';
const FAILED = '-';

/** Records a new job and answers its progress (nothing done yet). */
export function startJob(s: Services, request: JobRequest): JobProgress {
  if (request.keys.length === 0) throw new UserError('Нечего делать: ничего не выбрано.');
  if (request.keys.length > MAX_ITEMS) {
    throw new UserError(
      `За один раз можно обработать не больше ${MAX_ITEMS} строк, выбрано ${request.keys.length}. Разбейте на части.`,
    );
  }
  const id = `${request.kind}-${s.clock.now().getTime().toString(36)}`;
  const job: StoredJob = {
    id,
    kind: request.kind,
    title: request.title,
    keys: [...new Set(request.keys)],
    marks: '',
    failures: {},
  };
  const stored = { ...job, marks: PENDING.repeat(job.keys.length) };
  s.lock.run(() => save(s, stored));
  return progressOf(stored);
}

/** Where the job stands now, or a UserError when there is no such job. */
export function jobProgress(s: Services, id: string): JobProgress {
  return progressOf(load(s, id));
}

/**
 * Does the job's next items, one at a time under the lock, until it is finished, the chunk's time is spent or the
 * day's limit is reached; answers the progress. A fault (not a UserError) propagates with the item still to do, so
 * a retry does it again.
 */
export function continueJob(s: Services, id: string, step: JobStep, budgetMs = CHUNK_BUDGET_MS): JobProgress {
  const started = s.clock.now().getTime();
  for (;;) {
    const progress = s.lock.run(() => {
      completePending(s);
      const job = load(s, id);
      const index = job.marks.indexOf(PENDING);
      if (index < 0) return progressOf(job);
      const key = job.keys[index];
      let mark = DONE;
      const failures = { ...job.failures };
      try {
        step(s, key, { id: job.id, kind: job.kind });
      } catch (error) {
        if (isDailyLimit(error)) return { ...progressOf(job), stopped: error.message };
        if (!isUserError(error)) throw error;
        mark = FAILED;
        failures[key] = error.message;
      }
      const next = { ...job, marks: replaceAt(job.marks, index, mark), failures };
      save(s, next);
      return progressOf(next);
    });
    if (progress.finished || progress.stopped || s.clock.now().getTime() - started >= budgetMs)
      return progress;
  }
}

/** A job's ID as a sidebar sends it back to continue it. */
export function parseJobId(input: unknown): string {
  return parseInput(z.string().trim().min(1).max(80), input, { whole: 'Задание' });
}

/** Forgets a finished or abandoned job. */
export function dropJob(s: Services, id: string): void {
  s.lock.run(() => s.properties.setAll({ [PREFIX + id]: '' }));
}

function load(s: Services, id: string): StoredJob {
  const text = /^[\wА-Яа-яЁё-]{1,80}$/.test(id) ? s.properties.get(PREFIX + id) : null;
  if (!text) throw new UserError('Задание не найдено: возможно, оно уже завершено. Откройте панель заново.');
  return JSON.parse(text) as StoredJob;
}

function save(s: Services, job: StoredJob): void {
  s.properties.setAll({ [PREFIX + job.id]: JSON.stringify(job) });
}

function progressOf(job: StoredJob): JobProgress {
  const failed = job.keys.filter((_, i) => job.marks[i] === FAILED);
  return {
    id: job.id,
    kind: job.kind,
    title: job.title,
    total: job.keys.length,
    processed: job.keys.length - countOf(job.marks, PENDING),
    failed: failed.map((key) => ({ key, message: job.failures[key] ?? '' })),
    finished: !job.marks.includes(PENDING),
  };
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}

function replaceAt(text: string, index: number, char: string): string {
  return text.slice(0, index) + char + text.slice(index + 1);
}
