/**
 * The OperationLog port on the document's properties. An operation is stored whole by one `setProperties`
 * (§6.2: values up to 9 KB each, so a long one is split into parts written in the same call) and marked done by
 * another; the answers of the last operations done are kept for retries. Dates in cells survive as dates.
 */
import { UserError } from '../../domain/user-error';
import type { Operation, OperationLog } from '../../ports/operation-log';

const PREFIX = 'nastavnik.op.';
const PENDING = `${PREFIX}pending`;
const DONE = `${PREFIX}done`;
/** Characters per property value: under the 9 KB limit even when every character takes three bytes («—», «№»). */
const PART = 2800;
/** The property store holds 500 KB in all (§6.2): an operation must leave room for the rest. */
const MAX_OPERATION = 300_000;
/** How many answers of operations done are kept for a retry. */
const KEEP_DONE = 30;

/** Pending operation and answers of done ones, in document properties. */
export class PropertyOperationLog implements OperationLog {
  private readonly store = PropertiesService.getDocumentProperties();
  private head: { id: string; parts: number } | null | undefined;

  pending(): Operation | null {
    const head = this.readHead();
    if (!head) return null;
    let json = '';
    for (let i = 0; i < head.parts; i++) json += this.store.getProperty(`${PENDING}.${i}`) ?? '';
    return JSON.parse(json, revive) as Operation;
  }

  record(operation: Operation): void {
    const json = JSON.stringify(operation, replace);
    if (json.length > MAX_OPERATION) {
      throw new UserError(
        'Слишком много текста для одного сохранения: Google Таблицы не успеют надёжно его записать. ' +
          'Сократите длинные поля (примечания, описания) или сохраните их по частям.',
      );
    }
    const values: Record<string, string> = {};
    const parts = Math.max(1, Math.ceil(json.length / PART));
    for (let i = 0; i < parts; i++) values[`${PENDING}.${i}`] = json.slice(i * PART, (i + 1) * PART);
    this.head = { id: operation.id, parts };
    values[PENDING] = JSON.stringify(this.head);
    this.store.setProperties(values);
  }

  complete(operation: Operation): void {
    const parts = this.readHead()?.parts ?? 0;
    const done = this.doneIds().filter((id) => id !== operation.id);
    done.push(operation.id);
    const dropped = done.splice(0, Math.max(0, done.length - KEEP_DONE));
    // One call whatever the operation's size: its parts are emptied, not deleted one by one.
    const values: Record<string, string> = {
      [PENDING]: '',
      [DONE]: JSON.stringify(done),
      [`${DONE}.${operation.id}`]: JSON.stringify({ result: operation.result }),
    };
    for (let i = 0; i < parts; i++) values[`${PENDING}.${i}`] = '';
    this.store.setProperties(values);
    this.head = null;
    for (const id of dropped) this.store.deleteProperty(`${DONE}.${id}`);
  }

  answerOf(id: string): { readonly result: unknown } | null {
    const stored = this.store.getProperty(`${DONE}.${id}`);
    return stored ? (JSON.parse(stored) as { result: unknown }) : null;
  }

  private readHead(): { id: string; parts: number } | null {
    if (this.head === undefined) {
      const text = this.store.getProperty(PENDING);
      this.head = text ? (JSON.parse(text) as { id: string; parts: number }) : null;
    }
    return this.head;
  }

  private doneIds(): string[] {
    const text = this.store.getProperty(DONE);
    return text ? (JSON.parse(text) as string[]) : [];
  }
}

/** A cell's Date (midnight in the spreadsheet's zone, or a moment) as `{ $date: ms }`. */
function replace(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { $date: raw.getTime() } : value;
}

function revive(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$date' in value) {
    return new Date((value as { $date: number }).$date);
  }
  return value;
}
