import { lvovichEngine } from './lvovich-engine';
import { nameDecliner } from './name-decliner';

const decliner = nameDecliner(lvovichEngine);

/**
 * «Жумабаевой Асели Маратовне»: a person's whole name in a case, as documents need it («назначить наставником
 * …», «объявить благодарность …»). The person's correction for that case, if any, wins.
 */
export const declineName = decliner.fullName;

/** The declined surname, name and patronymic apart, for templates that place them separately. */
export const declineNameParts = decliner.parts;

/** The gender a name declines by: recorded, else from the patronymic, else guessed from the name by the library. */
export const genderOfName = decliner.gender;
