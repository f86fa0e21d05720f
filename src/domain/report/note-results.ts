import { formatRuDate } from '../registry/dates';
import type { ReportFigures } from './annual-report';
import { WORDS, agree, count, joinAnd, percent, score } from './note-words';
import type { SatisfactionFigures } from './monitoring';
import { yearRu, type ReportYear } from './report-year';

/** Mentors' training, contests and awards in the year. */
export function trainingText(f: ReportFigures, year: ReportYear): string[] {
  const t = f.training;
  const lines: string[] = [];
  lines.push(
    t.trainedMentors > 0
      ? `Обучение по вопросам наставничества (курсы повышения квалификации, установочные сессии, образовательные ` +
          `интенсивы) ${agree(t.trainedMentors, 'прошёл', 'прошли')} ${count(t.trainedMentors, WORDS.mentor)} ` +
          `(${percent(t.trainedMentors, f.mentors.inBank)} наставников банка).`
      : `Сведений об обучении наставников в ${yearRu(year, 'prepositional')} в реестре нет.`,
  );
  if (t.contests > 0) {
    const places =
      t.contestPlaces > 0 ? `, призовые места — в ${count(t.contestPlaces, WORDS.contestPrepositional)}` : '';
    lines.push(
      `Наставники приняли участие в ${count(t.contests, WORDS.contestPrepositional)} профессионального мастерства${places}.`,
    );
  }
  if (t.awardedMentors > 0) {
    const records = (kind: string) => t.byKind.find((k) => k.kind === kind)?.records ?? 0;
    const awards = [
      [records('благодарность'), WORDS.thanks],
      [records('грамота'), WORDS.certificate],
      [records('премия'), WORDS.bonus],
    ] as const;
    const given = awards.filter(([n]) => n > 0).map(([n, forms]) => count(n, forms));
    lines.push(
      `${agree(t.awardedMentors, 'Поощрён', 'Поощрены')} ${count(t.awardedMentors, WORDS.mentor)}: ${joinAnd(given)}.`,
    );
  }
  return lines;
}

function satisfactionOf(s: SatisfactionFigures, who: string): string | undefined {
  if (s.mean === undefined) return undefined;
  const high = percent(s.bands[0], s.respondents);
  return `${who} — ${score(s.mean)} (высокую оценку, от 8 баллов, дали ${high})`;
}

/** Monitoring: satisfaction of mentors and mentees; the impact (entry and exit) goes in a table after it. */
export function monitoringText(f: ReportFigures, year: ReportYear): string[] {
  const m = f.monitoring;
  const inYear = yearRu(year, 'prepositional');
  if (m.state === 'no-questionnaires')
    return [
      `Анкетирование участников в ${inYear} через реестр не проводилось: анкеты ещё не созданы (нет данных).`,
    ];
  if (m.state === 'no-answers') return [`Ответов участников на анкеты в ${inYear} нет (нет данных).`];
  const { mentor, mentee } = m.satisfaction;
  if (mentor.respondents + mentee.respondents === 0)
    return ['Анкеты удовлетворённости в этом году не заполнялись (нет данных об удовлетворённости).'];
  const who = [
    ...(mentor.respondents > 0 ? [count(mentor.respondents, WORDS.mentor)] : []),
    ...(mentee.respondents > 0 ? [count(mentee.respondents, WORDS.mentee)] : []),
  ];
  const took =
    who.length > 1 ? 'приняли' : agree(mentor.respondents || mentee.respondents, 'принял', 'приняли');
  const scores = [satisfactionOf(mentor, 'наставников'), satisfactionOf(mentee, 'наставляемых')].filter(
    Boolean,
  );
  const lines = [
    `В анкетировании удовлетворённости ${took} участие ${joinAnd(who)}. Средняя оценка удовлетворённости ` +
      `${scores.join('; ')}.`,
  ];
  const wish = [
    ...(mentor.askedToContinue > 0
      ? [`${percent(mentor.wantToContinue, mentor.askedToContinue)} наставников`]
      : []),
    ...(mentee.askedToContinue > 0
      ? [`${percent(mentee.wantToContinue, mentee.askedToContinue)} наставляемых`]
      : []),
  ];
  if (wish.length > 0) lines.push(`Продолжить участие в наставничестве хотели бы ${joinAnd(wish)}.`);
  return lines;
}

/** The best practices of the year: how many, which, how many published. */
export function practicesText(f: ReportFigures, year: ReportYear): { lead: string; items: string[] } {
  const list = f.practices;
  if (list.length === 0)
    return {
      lead: `Практики в банк лучших практик в ${yearRu(year, 'prepositional')} не включались.`,
      items: [],
    };
  const published = list.filter((p) => p.published).length;
  const site =
    published > 0
      ? `на сайте образовательной организации ${agree(published, 'опубликована', 'опубликованы')} ${published} из ${list.length}`
      : 'на сайте образовательной организации они пока не опубликованы';
  return {
    lead:
      `В банк лучших практик в ${yearRu(year, 'prepositional')} ${agree(list.length, 'включена', 'включены')} ` +
      `${count(list.length, WORDS.practice)}; ${site}:`,
    items: list.map(
      (p) =>
        `«${p.title}»${p.mentor ? ` (наставник ${p.mentor})` : ''}${p.date ? `, ${formatRuDate(p.date)}` : ''}`,
    ),
  };
}

/** Facts of the registry a curator weighs when writing «Проблемы»: only what the figures show, nothing invented. */
export function problemFacts(f: ReportFigures): string[] {
  const facts: Array<[string, number]> = [
    ['мероприятий планов, не выполненных при истёкшем сроке', f.plan.overdue],
    ['программ, прекращённых досрочно', f.programmes.endedEarly],
    ['программ, срок которых прошёл, а статус не изменён', f.programmes.pastEnd],
    ['просроченных пунктов дорожной карты', f.roadmap.overdue],
    ['наставляемых, ожидающих наставника', f.waiting.length],
    ['молодых специалистов, не охваченных наставничеством', f.mentees.young - f.mentees.youngMentored],
  ];
  return facts.filter(([, n]) => n > 0).map(([label, n]) => `${label} — ${n}`);
}
