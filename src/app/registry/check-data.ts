/**
 * «Проверить данные»: the whole check as one operation — IDs given to rows typed by hand, the counters caught up,
 * the report and the notes rewritten — all or nothing (src/app/registry/check-work.ts does the work).
 */
import { runOperation } from '../operations/run-operation';
import type { Services } from '../services';
import { checkWork, type CheckSummary } from './check-work';

export type { CheckSummary } from './check-work';

/** Runs the check under the document lock, as one operation. */
export function checkData(s: Services, operationId?: string): CheckSummary {
  return runOperation(s, { id: operationId, action: 'checkData' }, checkWork);
}
