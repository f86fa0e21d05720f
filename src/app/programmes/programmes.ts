/** Server functions of «Программы»: list, and save (create or change) a personalised programme. */
import { idOf } from '../../domain/registry/entities/common';
import { MentorshipSchema } from '../../domain/registry/entities/mentorship';
import { ProgrammeSchema, type Programme } from '../../domain/registry/entities/programme';
import { requireProgrammeTerm } from '../../domain/registry/rules/programme-term';
import { MENTORSHIPS_TABLE, PROGRAMMES_TABLE } from '../../domain/registry/tables';
import { fieldList, mergePatch, splitCleared } from '../banks/bank';
import { cellsOf, changedKeys, loadEntities, requireEntity, withoutRow } from '../registry/entity-table';
import { issueIds } from '../registry/ids';
import { parseInput, requireFilled } from '../registry/input';
import type { ListResult } from '../banks/mentors';
import type { Services } from '../services';

/** A new programme has no ID yet; a change names the programme's ID. */
const ProgrammeInput = ProgrammeSchema.partial().extend({ id: idOf('ПР').optional() });

/** Every programme, optionally only those of one pair or group. */
export function listProgrammes(registry: Services, mentorshipId?: unknown): ListResult<Programme> {
  const only =
    mentorshipId === undefined || mentorshipId === null ? undefined : parseInput(idOf('ПГ'), mentorshipId);
  const table = loadEntities(registry, PROGRAMMES_TABLE, ProgrammeSchema);
  return {
    items: table.entities.filter((p) => !only || p.mentorshipId === only).map(withoutRow),
    skipped: table.problems.map((p) => p.message),
  };
}

/** Creates a programme (no ID) or changes one (with ID); the term must be 3 months to a year. */
export function saveProgramme(registry: Services, input: unknown): Programme {
  const { patch, cleared } = splitCleared(input);
  const fields = parseInput(ProgrammeInput, patch, PROGRAMMES_TABLE);
  return registry.lock.run(() => {
    const table = loadEntities(registry, PROGRAMMES_TABLE, ProgrammeSchema);
    const current = fields.id ? withoutRow(requireEntity(table, fields.id, 'Программа')) : undefined;
    const id =
      fields.id ??
      issueIds(
        registry.properties,
        PROGRAMMES_TABLE.idPrefix as string,
        table.data.rows.map((r) => String(r.cells.id ?? '')),
        1,
      )[0];
    const merged = mergePatch(current, { ...fields, id }, cleared);
    const programme = parseInput(ProgrammeSchema, merged, PROGRAMMES_TABLE);
    requireFilled(PROGRAMMES_TABLE, programme);
    requireProgrammeTerm(programme);
    if (!current || current.mentorshipId !== programme.mentorshipId) {
      requireEntity(
        loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema),
        programme.mentorshipId,
        'Пара/группа',
      );
    }
    if (!current) {
      registry.tables.append(table.data, [cellsOf(registry, PROGRAMMES_TABLE, programme)]);
      registry.journal.record([{ action: 'Программа: создана', ids: [id, programme.mentorshipId] }]);
      return programme;
    }
    const keys = changedKeys(PROGRAMMES_TABLE, current, programme);
    if (keys.length > 0) {
      const row = table.entities.find((e) => e.id === id)?.rowNumber as number;
      registry.tables.update(table.data, [
        { rowNumber: row, cells: cellsOf(registry, PROGRAMMES_TABLE, programme, keys) },
      ]);
      registry.journal.record([
        { action: 'Программа: изменена', ids: [id], details: fieldList(PROGRAMMES_TABLE, keys) },
      ]);
    }
    return programme;
  });
}
