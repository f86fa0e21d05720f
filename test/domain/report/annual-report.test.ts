import {
  DIRECTIONS,
  EARLY_END_REASONS,
  MENTEE_CATEGORIES,
  MENTORING_FORMS,
  MENTORING_KINDS,
  ORDER_KINDS,
} from '../../../src/domain/vocabulary';
import { buildAnnualReport, type AnnualReport } from '../../../src/domain/report/annual-report';
import { NO_DATA, type ReportValue } from '../../../src/domain/report/report-table';
import { CONTEST_RESULTS, TRAINING_KINDS } from '../../../src/domain/report/training';
import { latestAnswers, oracle, validScores } from './oracle';
import { yearOfData } from './year-data';

/** The values of the one row of a table with this label, as the sheet will show them. */
function row(report: AnnualReport, key: string, label: string): readonly ReportValue[] {
  const table = report.tables.find((t) => t.key === key);
  if (!table) throw new Error(`no table ${key}`);
  const rows = table.rows.filter((r) => r.label === label);
  if (rows.length !== 1) throw new Error(`${rows.length} rows «${label}» in ${key}`);
  return rows[0].values;
}

function rows(report: AnnualReport, key: string): Array<[string, readonly ReportValue[]]> {
  return (report.tables.find((t) => t.key === key)?.rows ?? []).map((r) => [r.label, r.values]);
}

/** Numbers compared to 9 decimals (a mean summed in another order differs in the last bit). */
function near(values: readonly ReportValue[]): unknown[] {
  return values.map((v) => (typeof v === 'number' ? expect.closeTo(v, 9) : v));
}

const share = (part: number, whole: number): ReportValue => (whole > 0 ? part / whole : NO_DATA);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.each([7, 11, 2026])('the annual report of a year of data (seed %i)', (seed) => {
  const input = yearOfData(seed);
  const report = buildAnnualReport(input);
  const o = oracle(input);
  const { year, today } = input;

  it('counts the year richly enough to test something', () => {
    expect(o.pairs.length).toBeGreaterThan(20);
    expect(o.pairs.length).toBeLessThan(input.mentorships.length);
    expect(o.planned.length).toBeGreaterThan(50);
    expect(o.waiting.length).toBeGreaterThan(3);
    expect(
      o.pairs.filter((m) => m.status === 'прекращена досрочно' && o.endedInYear(m)).length,
    ).toBeGreaterThan(0);
    expect(report.sheetName).toBe('Отчёт 2025/2026');
  });

  it('counts mentors in the bank, working, new, of the category «педагог-наставник», trained', () => {
    const bank = o.mentorsInBank;
    expect(row(report, 'mentors', 'Наставников в банке')).toEqual([bank.length, '']);
    const working = bank.filter((m) => o.workingMentors.has(m.id)).length;
    expect(row(report, 'mentors', 'вели пары и группы в году')).toEqual([
      working,
      share(working, bank.length),
    ]);
    const fresh = bank.filter((m) => o.within(m.enteredOn)).length;
    expect(row(report, 'mentors', 'включены в банк в году')).toEqual([fresh, share(fresh, bank.length)]);
    const category = bank.filter((m) => m.qualification === 'педагог-наставник').length;
    expect(row(report, 'mentors', 'с квалификационной категорией «педагог-наставник»')).toEqual([
      category,
      share(category, bank.length),
    ]);
    expect(row(report, 'mentors', 'прошли обучение в году (КПК, установочные сессии, интенсивы)')).toEqual([
      o.trainedMentors.size,
      share(o.trainedMentors.size, bank.length),
    ]);
  });

  it('counts mentees, young specialists and the share of them covered', () => {
    const bank = o.menteesInBank;
    const mentored = bank.filter((m) => o.mentoredMentees.has(m.id)).length;
    expect(row(report, 'mentees', 'Наставляемых в банке')).toEqual([bank.length, '']);
    expect(row(report, 'mentees', 'были в парах и группах в году')).toEqual([
      mentored,
      share(mentored, bank.length),
    ]);
    expect(row(report, 'mentees', 'ожидают наставника на дату отчёта')).toEqual([
      o.waiting.length,
      share(o.waiting.length, bank.length),
    ]);
    expect(row(report, 'mentees', 'Молодых специалистов (стаж до 3 лет)')).toEqual([
      o.young.length,
      share(o.young.length, bank.length),
    ]);
    const covered = o.young.filter((m) => o.mentoredMentees.has(m.id)).length;
    expect(row(report, 'mentees', 'из них охвачены наставничеством')).toEqual([
      covered,
      share(covered, o.young.length),
    ]);
    for (const category of MENTEE_CATEGORIES) {
      const of = bank.filter((m) => m.menteeCategory === category);
      const inPairs = of.filter((m) => o.mentoredMentees.has(m.id)).length;
      expect(row(report, 'mentee-categories', category)).toEqual([
        of.length,
        inPairs,
        share(inPairs, of.length),
      ]);
    }
  });

  it('counts pairs and groups, by form and by kind', () => {
    const total = o.pairs.length;
    const groups = o.pairs.filter((m) => m.menteeIds.length > 1);
    expect(row(report, 'mentorships', 'Пар и групп, работавших в году')).toEqual([total, '']);
    expect(row(report, 'mentorships', 'групп (наставник и два наставляемых или больше)')).toEqual([
      groups.length,
      share(groups.length, total),
    ]);
    expect(row(report, 'mentorships', 'Наставляемых в группах')).toEqual([
      groups.reduce((n, g) => n + g.menteeIds.length, 0),
      '',
    ]);
    const ordered = o.pairs.filter((m) => m.orderId).length;
    expect(row(report, 'mentorships', 'Закреплены приказом')).toEqual([ordered, share(ordered, total)]);
    const bare = o.pairs.filter((m) => !o.programmeOf(m)).length;
    expect(row(report, 'mentorships', 'Без персонализированной программы на листе «Программы»')).toEqual([
      bare,
      share(bare, total),
    ]);

    const formOf = (m: (typeof o.pairs)[number]) => m.form ?? 'форма не указана';
    const own = [...new Set(o.pairs.map(formOf))].filter(
      (f) => !(MENTORING_FORMS as readonly string[]).includes(f) && f !== 'форма не указана',
    );
    const labels = [...MENTORING_FORMS, ...own, 'форма не указана'];
    const expected = labels
      .map((label) => [label, o.pairs.filter((m) => formOf(m) === label).length] as const)
      .filter(([label, n]) => n > 0 || (MENTORING_FORMS as readonly string[]).includes(label))
      .map(([label, n]) => [label, [n, share(n, total)]]);
    expect(rows(report, 'mentorship-forms')).toEqual(expected);
    expect(rows(report, 'mentorship-kinds')).toEqual(
      MENTORING_KINDS.map((k) => {
        const n = o.pairs.filter((m) => m.kinds.includes(k)).length;
        return [k, [n, share(n, total)]];
      }),
    );
  });

  it('counts programmes started, completed, ended early by reason, extended, and the rest once each', () => {
    const total = o.pairs.length;
    const n = (label: string) => row(report, 'programmes', label)[0];
    const started = o.pairs.filter((m) => o.within(o.programmeOf(m)?.startDate ?? o.startOf(m))).length;
    const completed = o.pairs.filter((m) => m.status === 'завершена' && o.endedInYear(m));
    const early = o.pairs.filter((m) => m.status === 'прекращена досрочно' && o.endedInYear(m));
    const extended = o.pairs.filter((m) => m.status === 'продлена' || o.programmeOf(m)?.extendedUntil).length;
    const open = o.pairs.filter((m) => !o.endedInYear(m));
    const continuing = open.filter(
      (m) =>
        ['завершена', 'прекращена досрочно'].includes(m.status) ||
        !o.plannedEndOf(m) ||
        (o.plannedEndOf(m) as string) > year.end,
    );
    const running = open.filter((m) => !continuing.includes(m) && (o.plannedEndOf(m) as string) >= today);
    expect(n('начаты в году')).toBe(started);
    expect(n('Завершены в полном объёме')).toBe(completed.length);
    expect(row(report, 'programmes', 'Прекращены досрочно')).toEqual([
      early.length,
      share(early.length, total),
    ]);
    for (const reason of EARLY_END_REASONS) {
      const count = early.filter((m) => m.endReason === reason).length;
      if (count > 0) expect(n(reason)).toBe(count);
    }
    expect(n('Продлены')).toBe(extended);
    expect(n('Продолжаются после окончания года')).toBe(continuing.length);
    expect(n('Идут, окончание до конца года')).toBe(running.length);
    expect(n('Срок окончания прошёл, статус не изменён')).toBe(
      open.length - continuing.length - running.length,
    );
  });

  it('counts plan events done against planned, overdue as of today, by direction', () => {
    const planned = o.planned;
    const done = planned.filter((e) => e.done);
    const onTime = done.filter((e) => e.doneDate && e.deadline && e.doneDate <= e.deadline);
    const overdue = planned.filter((e) => !e.done && e.deadline && e.deadline < today);
    expect(row(report, 'plan-events', 'Запланировано на год')).toEqual([planned.length, '']);
    expect(row(report, 'plan-events', 'выполнено')).toEqual([
      done.length,
      share(done.length, planned.length),
    ]);
    expect(row(report, 'plan-events', 'выполнено в срок')[0]).toBe(onTime.length);
    expect(row(report, 'plan-events', 'не выполнено, срок прошёл')[0]).toBe(overdue.length);
    expect(row(report, 'plan-events', 'не выполнено, срок не наступил или не указан')[0]).toBe(
      planned.length - done.length - overdue.length,
    );
    expect(row(report, 'plan-events', 'Мероприятий без срока')[0]).toBe(
      planned.filter((e) => !e.deadline).length,
    );
    expect(row(report, 'plan-events', 'Снято с плана досрочным завершением программы')).toEqual([
      o.takenOff.length,
      '',
    ]);
    for (const direction of DIRECTIONS) {
      const of = planned.filter((e) => e.direction === direction);
      const doneOf = of.filter((e) => e.done).length;
      expect(row(report, 'plan-directions', direction)).toEqual([
        of.length,
        doneOf,
        share(doneOf, of.length),
      ]);
    }
  });

  it('counts roadmap items of the year done against planned, overdue as of today, by stage', () => {
    const items = input.roadmap.filter((i) => !i.deadline || o.within(i.deadline));
    const planned = items.filter((i) => i.status !== 'отменено');
    const done = planned.filter((i) => i.status === 'выполнено').length;
    const overdue = planned.filter(
      (i) => i.status !== 'выполнено' && i.deadline && i.deadline < today,
    ).length;
    expect(row(report, 'roadmap', 'Пунктов на год (без отменённых)')).toEqual([planned.length, '']);
    expect(row(report, 'roadmap', 'выполнено')).toEqual([done, share(done, planned.length)]);
    expect(row(report, 'roadmap', 'Просрочено на дату отчёта')).toEqual([
      overdue,
      share(overdue, planned.length),
    ]);
    expect(row(report, 'roadmap', 'Отменено')[0]).toBe(items.length - planned.length);
    for (const stage of new Set(planned.map((i) => i.stage))) {
      const of = planned.filter((i) => i.stage === stage);
      const d = of.filter((i) => i.status === 'выполнено').length;
      expect(row(report, 'roadmap-stages', stage)).toEqual([of.length, d, share(d, of.length)]);
    }
  });

  it('scores satisfaction: respondents, mean, bands, wish to continue, per question', () => {
    const columns = (['mentor', 'mentee'] as const).map((role) => {
      const answers = latestAnswers(input, role, 'satisfaction');
      const scored = answers.filter((a) => validScores(a).length > 0).map((a) => mean(validScores(a)));
      const asked = answers.filter((a) => a.wantsToContinue !== undefined);
      return { scored, asked, yes: asked.filter((a) => a.wantsToContinue).length, answers };
    });
    const participants = [o.workingMentors.size, o.mentoredMentees.size];
    expect(row(report, 'satisfaction', 'Участников в году')).toEqual(participants);
    expect(row(report, 'satisfaction', 'Ответили на анкету удовлетворённости')).toEqual(
      columns.map((c) => c.scored.length),
    );
    expect(row(report, 'satisfaction', 'Средняя оценка (из 10 баллов)')).toEqual(
      near(columns.map((c) => mean(c.scored))),
    );
    expect(row(report, 'satisfaction', 'оценка высокая (8–10 баллов)')).toEqual(
      columns.map((c) => share(c.scored.filter((s) => s >= 8).length, c.scored.length)),
    );
    expect(row(report, 'satisfaction', 'оценка низкая (1–4 балла)')).toEqual(
      columns.map((c) => share(c.scored.filter((s) => s < 5).length, c.scored.length)),
    );
    expect(row(report, 'satisfaction-bands', 'средняя (5–7 баллов)')).toEqual(
      columns.map((c) => c.scored.filter((s) => s >= 5 && s < 8).length),
    );
    expect(row(report, 'satisfaction', 'Хотели бы продолжить участие в наставничестве')).toEqual(
      columns.map((c) => share(c.yes, c.asked.length)),
    );
    const question = 'Польза встреч';
    expect(row(report, 'satisfaction-questions', question)).toEqual(
      near(
        columns.map((c) => {
          const given = c.answers.map((a) => a.indices[question]).filter((v) => v >= 1 && v <= 10);
          return given.length > 0 ? mean(given) : NO_DATA;
        }) as number[],
      ),
    );
  });

  it('compares entry and exit per indicator over the people who answered both', () => {
    for (const [role, key] of [
      ['mentee', 'impact-mentees'],
      ['mentor', 'impact-mentors'],
    ] as const) {
      const pairsOfAnswers = latestAnswers(input, role, 'exit').flatMap((exit) => {
        const entries = (input.questionnaires ?? []).filter(
          (q) =>
            q.kind === 'entry' &&
            q.role === role &&
            q.respondentId === exit.respondentId &&
            q.answeredOn <= exit.answeredOn,
        );
        if (entries.length === 0) return [];
        const entry = entries.reduce((a, b) => (b.answeredOn >= a.answeredOn ? b : a));
        return [{ entry, exit }];
      });
      const indicators = [...new Set(pairsOfAnswers.flatMap((p) => Object.keys(p.exit.indices)))];
      const expected = indicators
        .map((indicator) => {
          const both = pairsOfAnswers.filter(
            (p) =>
              validScores({ ...p.entry, indices: { x: p.entry.indices[indicator] } }).length === 1 &&
              validScores({ ...p.exit, indices: { x: p.exit.indices[indicator] } }).length === 1,
          );
          const before = mean(both.map((p) => p.entry.indices[indicator]));
          const after = mean(both.map((p) => p.exit.indices[indicator]));
          return [indicator, both.length, before, after, after - before] as const;
        })
        .filter(([, n]) => n > 0)
        .sort();
      const actual = rows(report, key)
        .map(([label, values]) => [label, ...values])
        .sort();
      if (expected.length === 0) expect(actual).toEqual([['Показатели', NO_DATA, NO_DATA, NO_DATA, NO_DATA]]);
      else expect(actual).toEqual(expected.map((r) => near(r as unknown as ReportValue[])));
    }
  });

  it('counts orders of the year by kind, signed apart', () => {
    const ofYear = input.orders.filter((x) => x.status !== 'отменён' && o.within(x.date));
    for (const kind of ORDER_KINDS) {
      const of = ofYear.filter((x) => x.kind === kind);
      expect(row(report, 'orders', kind)).toEqual([
        of.length,
        of.filter((x) => x.status === 'подписан').length,
      ]);
    }
    const signed = ofYear.filter((x) => x.status === 'подписан').length;
    expect(row(report, 'orders', 'Всего приказов')).toEqual([ofYear.length, signed]);
  });

  it('counts training and awards per kind and mentor, contests by result, hours of courses', () => {
    const t = o.trainingOfYear;
    for (const kind of TRAINING_KINDS) {
      const of = t.filter((x) => x.kind === kind);
      expect(row(report, 'training', kind)).toEqual([of.length, new Set(of.map((x) => x.mentorId)).size]);
    }
    const awarded = new Set(
      t.filter((x) => ['благодарность', 'грамота', 'премия'].includes(x.kind)).map((x) => x.mentorId),
    );
    expect(row(report, 'training', 'Поощрены (благодарность, грамота, премия)')).toEqual(['', awarded.size]);
    const hours = t
      .filter((x) => x.kind === 'курсы повышения квалификации (КПК)')
      .reduce((s, x) => s + (x.hours ?? 0), 0);
    expect(row(report, 'training', 'Часов КПК всего')).toEqual([hours, '']);
    const contests = t.filter((x) => x.kind === 'конкурс');
    for (const result of CONTEST_RESULTS) {
      const n = contests.filter((x) => (x.result ?? 'участник') === result).length;
      expect(row(report, 'contests', result)).toEqual([n, share(n, contests.length)]);
    }
  });

  it('lists the best practices of the year and the mentees who became mentors', () => {
    const practices = input.practices.filter((p) =>
      p.date !== undefined
        ? o.within(p.date)
        : o.pairs.some((m) => m.id === p.mentorshipId) ||
          o.pairs.some((m) => o.programmeOf(m)?.id === p.programmeId && p.programmeId !== undefined),
    );
    expect(rows(report, 'practices-list').map(([label]) => label)).toEqual(practices.map((p) => p.title));
    const published = practices.filter((p) => p.published).length;
    expect(row(report, 'practices', 'опубликованы на сайте')).toEqual([
      published,
      share(published, practices.length),
    ]);

    const completedMentees = new Set(
      input.mentorships.filter((m) => m.status === 'завершена').flatMap((m) => m.menteeIds),
    );
    const former = input.mentors.filter((m) => m.menteeId && completedMentees.has(m.menteeId));
    const working = former.filter((m) => o.workingMentors.has(m.id)).length;
    expect(row(report, 'former-mentees', 'Наставников, завершивших программу наставляемыми')).toEqual([
      former.length,
      '',
    ]);
    expect(row(report, 'former-mentees', 'вели пары и группы в году')).toEqual([
      working,
      share(working, former.length),
    ]);
  });

  it('lists each mentee waiting for a mentor with how long, the longest wait first', () => {
    const table = rows(report, 'waiting');
    expect(table.map(([, v]) => v[0]).sort()).toEqual(o.waiting.map((w) => w.id).sort());
    for (const w of o.waiting) {
      const [, values] = table.find(([, v]) => v[0] === w.id) as [string, readonly ReportValue[]];
      expect(values).toEqual([
        w.id,
        w.since ?? 'дата не указана',
        w.days ?? '',
        w.consent ? 'да' : 'нет — пару не сформировать',
      ]);
    }
    const days = table.map(([, v]) => (typeof v[2] === 'number' ? v[2] : -1));
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });
});
