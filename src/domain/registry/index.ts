/** The registry's pure domain: table specs, entities, reading and writing rows, IDs, rules, roadmap, anonymisation. */
export type { ColumnSpec, ColumnType, TableSpec } from './table-spec';
export * from './tables';
export { UserError, isUserError } from '../user-error';

export * from './dates';
export { formatId, idsForRowsWithoutId, nextIds, normaliseId, parseId, type ParsedId } from './ids';
export { closestOption, matchOption, normaliseOption, splitMultiValue } from './options';
export { asText, isEmptyCell, parseCell, type CellContext, type CellResult } from './cells';
export { problemAt, type Problem } from './problems';
export type { CellValue, Cells, SheetRow } from './sheet-row';
export { parseTable, type ParseOptions, type ParsedRecord, type ParsedTable } from './parse-table';
export { readTable, type Located, type ReadTable } from './read-table';
export { parseSettings, type ParsedSettings } from './parse-settings';
export { toCell, toRow } from './to-row';

export { IsoDateSchema, IsoDateTimeSchema, idOf } from './entities/common';
export * from './entities/people';
export * from './entities/mentorship';
export * from './entities/programme';
export * from './entities/records';
export * from './entities/settings';

export * from './rules/programme-term';
export * from './rules/transition';
export * from './rules/capacity';
export * from './rules/consent';
export * from './rules/mentorship-shape';
export * from './rules/check-rules';

export * from './model-roadmap';
export { roadmapForYear, type NewRoadmapItem } from './roadmap-for-year';
export { ANONYMISED_NAME, anonymise, documentsToReview, type CellChange } from './anonymise';
export { REMOVED_MENTION, nameParts, removeMentions, type NameParts } from './name-mentions';
