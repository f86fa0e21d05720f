// Measures the candidate name-declension libraries on the corpora of hard names: the share of people whose whole
// name comes out right, per case. Each library is measured twice: called the plain way (surname, name and
// patronymic as typed, the gender only where the corpus gives one), and inside this module's handling of what is
// not the library's job (src/domain/russian/name-decliner.ts: letter case, gender from the patronymic, Turkic
// patronymics, women's surnames on a consonant), with no fixes of the library's own rules; then the module as it
// ships. The numbers go to src/domain/russian/README.md.
//
//   npm install --prefix /tmp/names --no-save petrovich@0.2.1 lvovich@2.1.0
//   node test/domain/russian/measure-name-libraries.mjs /tmp/names [--failures]
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const CASES = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];
const where = path.resolve(process.argv[2] ?? '.');
const showFailures = process.argv.includes('--failures');
const require = createRequire(path.join(where, 'package.json'));
const corpora = {
  'hard-names.json': JSON.parse(readFileSync(path.join(here, 'hard-names.json'), 'utf8')),
  'hard-names-unseen.json': JSON.parse(readFileSync(path.join(here, 'hard-names-unseen.json'), 'utf8')),
};

/** A file of the module, built from its TypeScript source (with the project's own lvovich, for names.ts). */
async function loadModule(file) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/domain/russian', file)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Russian spelling allows «е» for «ё» (Ильей for Ильёй), so the comparison does too. */
const plainE = (s) => s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
const sameSpelling = (a, b) => plainE(a) === plainE(b);

function split(person) {
  const [surname, firstName, ...rest] = person.split(' ');
  return { surname, firstName, patronymic: rest.length ? rest.join(' ') : undefined };
}

const candidates = {
  'petrovich 0.2.1': () => {
    const petrovich = require('petrovich');
    const g = (gender) => gender ?? 'androgynous';
    return {
      plain(entry, gcase) {
        const { surname: last, firstName: first, patronymic: middle } = split(entry.person);
        const gender = entry.gender ?? (middle ? petrovich.detect_gender(middle) : 'androgynous');
        const r = petrovich({ gender, first, middle, last }, gcase);
        return [r.last, r.first, r.middle].filter(Boolean).join(' ');
      },
      engine: {
        surname: (w, gender, gcase) => petrovich[g(gender)].last[gcase](w),
        firstName: (w, gender, gcase) => petrovich[g(gender)].first[gcase](w),
        patronymic: (w, gender, gcase) => petrovich[g(gender)].middle[gcase](w),
        guessGender: () => undefined,
      },
    };
  },
  'lvovich 2.1.0': () => {
    const lvovich = require('lvovich');
    const g = (gender) => gender ?? 'androgynous';
    return {
      plain(entry, gcase) {
        const { surname: last, firstName: first, patronymic: middle } = split(entry.person);
        const r = lvovich.incline(
          { first, middle, last, ...(entry.gender ? { gender: entry.gender } : {}) },
          gcase,
        );
        return [r.last, r.first, r.middle].filter(Boolean).join(' ');
      },
      engine: {
        surname: (w, gender, gcase) => lvovich.inclineLastname(w, gcase, g(gender)),
        firstName: (w, gender, gcase) => lvovich.inclineFirstname(w, gcase, g(gender)),
        patronymic: (w, gender, gcase) => lvovich.inclineMiddlename(w, gcase, g(gender)),
        guessGender: ({ surname, firstName }) => {
          const gender = lvovich.getGender({ first: firstName, last: surname });
          return gender === 'male' || gender === 'female' ? gender : undefined;
        },
      },
    };
  },
};

function expected(entry, gcase) {
  if (gcase === 'nominative') return [entry.person];
  return [entry.forms[gcase], ...(entry.alsoRight?.[gcase] ?? [])];
}

function measure(label, corpus, decline) {
  const right = Object.fromEntries(CASES.map((c) => [c, 0]));
  const failures = [];
  for (const entry of corpus)
    for (const gcase of CASES) {
      const got = decline(entry, gcase);
      if (expected(entry, gcase).some((form) => sameSpelling(form, got))) right[gcase] += 1;
      else failures.push(`${gcase}: ${got} (верно: ${expected(entry, gcase)[0]})`);
    }
  const total = CASES.reduce((sum, c) => sum + right[c], 0);
  const cells = CASES.map((c) => `${right[c]}/${corpus.length}`);
  console.log(`| ${label} | ${cells.join(' | ')} | ${total}/${corpus.length * CASES.length} |`);
  if (showFailures) for (const line of failures) console.log(`    ${line}`);
}

const { nameDecliner } = await loadModule('name-decliner.ts');
const { declineName } = await loadModule('names.ts');
for (const [file, corpus] of Object.entries(corpora)) {
  console.log(`\n${file} (${corpus.length} people)\n`);
  console.log(`| library, how | ${CASES.join(' | ')} | all |`);
  console.log(`| --- | ${CASES.map(() => '---').join(' | ')} | --- |`);
  for (const [name, load] of Object.entries(candidates)) {
    let candidate;
    try {
      candidate = load();
    } catch (error) {
      console.log(`| ${name} | not installed in ${where}: ${error.message.split('\n')[0]} |`);
      continue;
    }
    measure(`${name}, plain`, corpus, candidate.plain);
    const decliner = nameDecliner(candidate.engine);
    measure(`${name}, in this module`, corpus, (entry, gcase) =>
      decliner.fullName(split(entry.person), gcase, entry.gender ? { gender: entry.gender } : {}),
    );
  }
  measure('this module as shipped (lvovich 2.1.0 and its two fixes)', corpus, (entry, gcase) =>
    declineName(split(entry.person), gcase, entry.gender ? { gender: entry.gender } : {}),
  );
}
