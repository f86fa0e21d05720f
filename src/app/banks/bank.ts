/** Adding and editing people in a bank (mentors or mentees): shared by both banks' use cases. */
import type { ZodType } from 'zod';
import type { TableSpec } from '../../domain/registry/table-spec';
import { refuseRestoring } from '../../domain/registry/anonymise';
import { isEmptyCell } from '../../domain/registry/cells';
import {
  cellsOf,
  changedKeys,
  loadEntities,
  requireEntity,
  requireKnownRefs,
  withoutRow,
} from '../registry/entity-table';
import { issueIds } from '../registry/ids';
import { parseInput, requireFilled } from '../registry/input';
import { runOperation, type Replay } from '../operations/run-operation';
import type { Services } from '../services';

/**
 * The closed lists a bank's form offers, sent with the bank's list: the sidebar builds its dropdowns and checkboxes
 * from them and never imports the domain. Both banks ask for the qualification category.
 */
export interface PersonChoices {
  readonly qualifications: readonly string[];
}

/** What differs between the two banks. */
export interface BankConfig<T extends { id: string }> {
  readonly spec: TableSpec;
  readonly schema: ZodType<T>;
  /** The schema of a new person from a sidebar: the entity without its ID, with defaults. */
  readonly newInput: ZodType<Omit<T, 'id'>>;
  /** The schema of a change: the ID and any fields (null clears a field). */
  readonly patchInput: ZodType<Partial<T> & { id: string }>;
  /** «Наставник» / «Наставляемый», for messages and the journal. */
  readonly what: string;
  /** Rules across sheets a change must keep (a mentor's capacity not below the mentees they have). */
  readonly checkChange?: (registry: Services, before: T, after: T) => void;
}

/**
 * Adds a person as one operation; answers the saved entity with its new ID. A retry with the same operation ID
 * answers the person as the sheet has them now (only the ID is kept between executions, never personal data).
 */
export function addToBank<T extends { id: string }>(
  registry: Services,
  config: BankConfig<T>,
  input: unknown,
  operationId?: string,
): T {
  const fields = parseInput(config.newInput, input, config.spec);
  return runOperation(
    registry,
    { id: operationId, action: `${config.what}: добавить` },
    (registry) => {
      const table = loadEntities(registry, config.spec, config.schema);
      const existing = table.data.rows.map((r) => String(r.cells.id ?? ''));
      const [id] = issueIds(registry.properties, config.spec.idPrefix as string, existing, 1);
      const entity = parseInput(config.schema, { ...fields, id }, config.spec);
      requireFilled(config.spec, entity);
      requireKnownRefs(registry, config.spec, undefined, entity, refKeys(config.spec));
      registry.tables.append(table.data, [cellsOf(registry, config.spec, entity)]);
      registry.journal.record([{ action: `${config.what}: добавлен в банк`, ids: [id] }]);
      return entity;
    },
    replayById(registry, config),
  );
}

/** Changes some fields of a person found by ID, as one operation; answers the saved entity. */
export function updateInBank<T extends { id: string }>(
  registry: Services,
  config: BankConfig<T>,
  input: unknown,
  operationId?: string,
): T {
  const { patch, cleared } = splitCleared(input);
  const fields = parseInput(config.patchInput, patch, config.spec);
  return runOperation(
    registry,
    { id: operationId, action: `${config.what}: изменить` },
    (registry) => {
      const table = loadEntities(registry, config.spec, config.schema);
      refuseRestoring(table.data.rows, fields);
      const current = requireEntity(table, fields.id, config.what);
      const merged = mergePatch(withoutRow(current), fields, cleared);
      const entity = parseInput(config.schema, merged, config.spec);
      requireFilled(config.spec, entity);
      requireKnownRefs(registry, config.spec, withoutRow(current), entity, refKeys(config.spec));
      config.checkChange?.(registry, withoutRow(current), entity);
      // A cell the row could not read is not in the entity: clearing it is a change all the same.
      const cells = table.data.rows.find((r) => r.rowNumber === current.rowNumber)?.cells ?? {};
      const unread = cleared.filter((key) => key in cells && !isEmptyCell(cells[key]));
      const keys = [...new Set([...changedKeys(config.spec, withoutRow(current), entity), ...unread])];
      if (keys.length > 0) {
        registry.tables.update(table.data, [
          { rowNumber: current.rowNumber, cells: cellsOf(registry, config.spec, entity, keys) },
        ]);
        registry.journal.record([
          {
            action: `${config.what}: изменены данные`,
            ids: [entity.id],
            details: fieldList(config.spec, keys),
          },
        ]);
      }
      return entity;
    },
    replayById(registry, config),
  );
}

/** The columns of a bank that name rows of other sheets («Также наставляемый (ID)»). */
function refKeys(spec: TableSpec): string[] {
  return spec.columns.filter((c) => c.type === 'ref' || c.type === 'refs').map((c) => c.key);
}

/** Keeps only the person's ID for a retry, and answers it with the person as the sheet has them now. */
function replayById<T extends { id: string }>(registry: Services, config: BankConfig<T>): Replay<T> {
  return {
    keep: (entity) => entity.id,
    answer: (id) =>
      withoutRow(requireEntity(loadEntities(registry, config.spec, config.schema), String(id), config.what)),
  };
}

/** Keys sent as null (meaning «clear this field») taken out of the input, which zod then parses as a patch. */
export function splitCleared(input: unknown): { patch: unknown; cleared: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { patch: input, cleared: [] };
  const patch: Record<string, unknown> = {};
  const cleared: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === null) cleared.push(key);
    else patch[key] = value;
  }
  return { patch, cleared };
}

/** A record with a patch applied: fields replaced, cleared keys left out. */
export function mergePatch(
  current: object | undefined,
  fields: object,
  cleared: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({ ...current, ...fields }).filter(([key]) => !cleared.includes(key)),
  );
}

/** «Столбцы: Телефон, Должность» — which fields changed, by header (never the values: they may be personal). */
export function fieldList(spec: TableSpec, keys: readonly string[]): string {
  const headers = keys.map((k) => spec.columns.find((c) => c.key === k)?.header ?? k);
  return `Изменены поля: ${headers.join(', ')}`;
}
