/**
 * The forms a Russian name takes in running text («Ольга» — «Ольги», «Ольге», «Ольгу», «Ольгой»), for finding a
 * person in notes. It recognises, it does not write: a few extra forms that are no word at all do no harm, a
 * missing one leaves a name behind. Forms are lower case with «ё» as «е».
 */

/** The grammatical gender of a person, as their name shows it. */
export type Gender = 'female' | 'male';

/** Lower case, «ё» as «е», spaces trimmed: how forms are compared. */
export function normaliseWord(word: string): string {
  return word.trim().toLowerCase().replace(/ё/g, 'е');
}

// Men's names ending in -а/-я, and women's names ending in -ь: the exceptions to the usual endings.
const MALE_IN_A = new Set(
  'никита илья кузьма фома лука савва данила гаврила михайла никола иона фока лёва сила'
    .split(' ')
    .map(normaliseWord),
);
const FEMALE_IN_SOFT_SIGN = new Set(
  'любовь асель айгуль гузель нинель адель рахиль эсфирь юдифь руфь ассоль гульнара'.split(' '),
);
const TURKIC_PATRONYMIC = /^(оглы|угли|улы|уулу|кызы|гызы)$/;

/** «оглы», «кызы»: the lower-case word of a Turkic patronymic («Рашид оглы»). */
export function isPatronymicParticle(word: string): boolean {
  return TURKIC_PATRONYMIC.test(normaliseWord(word));
}

/** The gender the patronymic, else the first name, else the surname shows; undefined when none tells. */
export function genderOf(person: {
  readonly surname?: string;
  readonly firstName?: string;
  readonly patronymic?: string;
}): Gender | undefined {
  const patronymic = normaliseWord(person.patronymic ?? '');
  if (/(вна|чна|шна|кызы|гызы)$/.test(patronymic)) return 'female';
  if (/(ич|оглы|угли|улы|уулу)$/.test(patronymic)) return 'male';
  const first = normaliseWord(person.firstName ?? '').split('-')[0];
  if (MALE_IN_A.has(first)) return 'male';
  if (FEMALE_IN_SOFT_SIGN.has(first) || /[ая]$/.test(first)) return 'female';
  if (/[бвгджзклмнпрстфхцчшщй]$/.test(first)) return 'male';
  const surname = normaliseWord(person.surname ?? '');
  if (/(ова|ева|ина|ына|ская|цкая|[чшщжк]ая|ная|яя)$/.test(surname)) return 'female';
  if (/(ов|ев|ин|ын|ский|цкий|ый|ой|[чшщжк]ий)$/.test(surname)) return 'male';
  return undefined;
}

/** What a name part is: they decline differently. */
export type NameRole = 'surname' | 'first' | 'patronymic';

/** Every form of a name part (a double «Петрова-Водкина» or «Анна-Мария» declines in each part). */
export function nameForms(part: string, role: NameRole, gender: Gender | undefined): Set<string> {
  const forms = new Set<string>();
  for (const word of normaliseWord(part).split(/\s+/).filter(Boolean)) {
    const pieces = word.split('-').map((piece) => wordForms(piece, role, gender));
    for (const form of pieces.reduce((acc, next) => acc.flatMap((a) => next.map((n) => `${a}-${n}`))))
      forms.add(form);
  }
  return forms;
}

function wordForms(word: string, role: NameRole, gender: Gender | undefined): string[] {
  if (role === 'patronymic') return patronymicForms(word);
  if (role === 'surname') return surnameForms(word, gender);
  return nounForms(word, gender);
}

function patronymicForms(w: string): string[] {
  if (TURKIC_PATRONYMIC.test(w)) return [w];
  if (/ич$/.test(w)) return [w, `${w}а`, `${w}у`, `${w}ем`, `${w}ом`, `${w}е`];
  return nounForms(w, undefined);
}

function surnameForms(w: string, gender: Gender | undefined): string[] {
  const male = gender !== 'female';
  const forms = [w];
  const stem = (n: number) => w.slice(0, w.length - n);
  // Never declined: Седых, Долгих, Шевченко, Дурново, Живаго, Руссо, Нелли, Гулиа.
  if (/(ых|их|иа)$/.test(w) || /[оеиуыэю]$/.test(w)) return forms;
  if (/(ова|ева|ина|ына)$/.test(w)) return [...forms, `${stem(1)}ой`, `${stem(1)}у`, `${stem(1)}ою`];
  if (/ая$/.test(w)) return [...forms, ...['ой', 'ей', 'ую', 'ою', 'ею'].map((e) => stem(2) + e)];
  if (/яя$/.test(w)) return [...forms, ...['ей', 'юю', 'ею'].map((e) => stem(2) + e)];
  if (/[ая]$/.test(w)) return nounForms(w, gender); // Кочерга, Сковорода, Данелия
  // A woman's surname that ends otherwise is not declined: Кузьмич Анна, Шмидт Эрика, Врубель Ирина.
  if (!male) return forms;
  if (/(ов|ев|ин|ын)$/.test(w)) forms.push(...['а', 'у', 'ым', 'ом', 'е'].map((e) => w + e));
  else if (/(ий|ый)$/.test(w) || (/ой$/.test(w) && w.length > 3))
    forms.push(...['ого', 'ому', 'им', 'ым', 'ом', 'его', 'ему', 'ем'].map((e) => stem(2) + e));
  else forms.push(...nounForms(w, 'male'));
  return forms;
}

// Vowels that drop when the name declines: Павел — Павла, Лев — Льва.
const FLEETING: Readonly<Record<string, string>> = { павел: 'павл', лев: 'льв' };

function nounForms(w: string, gender: Gender | undefined): string[] {
  const stem = (n: number) => w.slice(0, w.length - n);
  if (/ия$/.test(w)) return [w, ...['и', 'ю', 'ей', 'ею'].map((e) => stem(1) + e)];
  if (/я$/.test(w)) return [w, ...['и', 'е', 'ю', 'ей', 'ею'].map((e) => stem(1) + e)];
  if (/а$/.test(w)) return [w, ...['ы', 'и', 'е', 'у', 'ой', 'ою', 'ей', 'ею'].map((e) => stem(1) + e)];
  if (/ь$/.test(w)) {
    const female = gender !== 'male' ? ['и', 'ью'].map((e) => stem(1) + e) : [];
    const male = gender !== 'female' ? ['я', 'ю', 'ем', 'е'].map((e) => stem(1) + e) : [];
    // Любовь: «Любови», «Любовью», and also the everyday «Любви».
    const extra = w === 'любовь' ? ['любви'] : [];
    return [w, ...female, ...male, ...extra];
  }
  if (/ий$/.test(w)) return [w, ...['я', 'ю', 'ем', 'и', 'е'].map((e) => stem(1) + e)];
  if (/[аеиоуыэюя]й$/.test(w)) {
    if (gender === 'female') return [w];
    const forms = [w, ...['я', 'ю', 'ем', 'е'].map((e) => stem(1) + e)];
    // Воробей — Воробья.
    if (/ей$/.test(w) && w.length > 5) forms.push(...['ья', 'ью', 'ьем', 'ье'].map((e) => stem(2) + e));
    return forms;
  }
  if (/[оеиуыэю]$/.test(w) || gender === 'female') return [w];
  const base = FLEETING[w] ?? w;
  return [w, ...['а', 'у', 'ом', 'ем', 'е'].map((e) => base + e)];
}
