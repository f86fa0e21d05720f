/** The Russian-language module of the domain: names and positions by case, plurals, dates (README.md). */
export { CASE_NAMES, OBLIQUE_CASES, type GrammaticalCase, type ObliqueCase } from './cases';
export { academicYearRu, longDateRu } from './dates';
export { genderFromPatronymic, turkicPatronymic, type Gender } from './gender';
export { joinName } from './name-decliner';
export { declineName, declineNameParts, genderOfName } from './names';
export type { NameCorrections, NameOptions, PersonName } from './person-name';
export { countRu, formatNumber, pluralRu } from './plural';
export { declinePosition } from './positions';
export { initials, initialsWithSurname, surnameWithInitials } from './short-names';
