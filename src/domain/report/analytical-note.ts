import { formatName, splitFullName } from '../documents/language';
import {
  FEDERAL_BASIS,
  PAGE,
  RED_LINE_MM,
  TEXT_WIDTH_MM,
  cell,
  centredTitle,
  dash,
  grid,
  heading,
  paragraph,
  table,
  text,
} from '../documents/layout';
import type { DocBlock, DocTree, ParagraphStyle } from '../documents/model';
import { formatRuDate } from '../registry/dates';
import type { Settings } from '../registry/entities/settings';
import { longDateRu } from '../russian/dates';
import type { AnnualReport, ReportFigures } from './annual-report';
import type { AnswerRole } from './questionnaire-results';
import { WORDS, agree, capitalFirst, count } from './note-words';
import { participantsText, waitingText } from './note-participants';
import { monitoringText, practicesText, problemFacts, trainingText } from './note-results';
import { formsText, ordersText, planText, programmesText, roadmapText } from './note-work';
import { yearRu, type ReportYear } from './report-year';

/** What the note needs of «Настройки»: the organisation, the head who approves it, the curator who writes it. */
export type NoteSettings = Pick<
  Settings,
  'orgFullName' | 'orgShortName' | 'headName' | 'headPosition' | 'curatorName' | 'curatorPosition'
>;

/**
 * «Аналитическая справка по итогам реализации системы наставничества за 2025/2026 учебный год»: the note's title and
 * the name of its Doc.
 */
export function noteTitle(year: ReportYear): string {
  return `Аналитическая справка по итогам реализации системы наставничества за ${yearRu(year)}`;
}

/** Where the approval stamp starts: the right half of the page, as the orders place it. */
const RIGHT_HALF_MM = 95;

/** «УТВЕРЖДАЮ», the head's position, a line for the signature with the initials and surname, a line for the date. */
function approval(s: NoteSettings): DocBlock[] {
  const style: ParagraphStyle = { align: 'left', startIndentMm: RIGHT_HALF_MM };
  return [
    paragraph('УТВЕРЖДАЮ', style),
    paragraph(capitalFirst(s.headPosition.trim()), style),
    paragraph(`_______________ ${formatName(splitFullName(s.headName), 'initialsSurname')}`, style),
    paragraph('«____» ______________ 20___ г.', { ...style, spaceAfterPt: 12 }),
  ];
}

/** A passage the curator writes: in brackets and italics, so it cannot pass for finished text. */
function toComplete(what: string): DocBlock {
  return paragraph([{ text: `[Заполняет куратор: ${what}]`, italic: true }], {
    align: 'justify',
    firstLineIndentMm: RED_LINE_MM,
  });
}

function basis(s: NoteSettings, f: ReportFigures, year: ReportYear, today: string): DocBlock[] {
  const order = f.orders.regulation;
  const approved = order ? `, утверждённым приказом от ${formatRuDate(order.date)} № ${order.number},` : '';
  return [
    text(
      `${FEDERAL_BASIS}, Положением о системе (целевой модели) наставничества педагогических работников${approved} ` +
        `и дорожной картой его реализации в ${s.orgShortName} в ${yearRu(year, 'prepositional')} реализовывалась ` +
        'система (целевая модель) наставничества педагогических работников.',
    ),
    text(
      'Цель справки — оценка эффективности и результативности реализации системы наставничества, вовлечённости ' +
        `педагогов в различные формы наставничества и повышения квалификации за ${yearRu(year)}. Справка ` +
        `подготовлена по данным реестра наставничества на ${formatRuDate(today)}.`,
    ),
  ];
}

/** «4,8»: a mean score with one decimal, as the table of a note prints it. */
function decimal(n: number): string {
  return (Math.round(Math.abs(n) * 10) / 10).toFixed(1).replace('.', ',');
}

/** «+2,3», «−0,2», «0,0»: a change of a mean score. */
function change(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${decimal(rounded)}`;
}

const ROLE_GENITIVE: Readonly<Record<AnswerRole, string>> = {
  mentee: 'наставляемых',
  mentor: 'наставников',
};

/** Entry against exit per indicator, as a table under a line saying how many people have both answers. */
function impact(f: ReportFigures, role: AnswerRole): DocBlock[] {
  const indicators = f.monitoring.impact[role];
  if (indicators.length === 0) return [];
  const people = Math.max(...indicators.map((i) => i.people));
  return [
    text(
      `Входная и итоговая диагностика ${ROLE_GENITIVE[role]} (средний балл из 10; обе анкеты ` +
        `${agree(people, 'заполнил', 'заполнили')} ${count(people, WORDS.person)}):`,
    ),
    table(
      ['Показатель', 'На входе', 'На выходе', 'Изменение'],
      indicators.map((i) => [i.indicator, decimal(i.entry), decimal(i.exit), change(i.exit - i.entry)]),
      [TEXT_WIDTH_MM - 90, 30, 30, 30],
    ),
  ];
}

function nextYear(year: ReportYear): string {
  const start = Number(year.start.slice(0, 4)) + 1;
  const end = Number(year.end.slice(0, 4)) + 1;
  return yearRu({ start: `${start}${year.start.slice(4)}`, end: `${end}${year.end.slice(4)}` });
}

function signature(s: NoteSettings, today: string): DocBlock[] {
  const role = ['Куратор системы наставничества', s.curatorPosition?.trim()].filter(Boolean).join(', ');
  return [
    paragraph('', { spaceBeforePt: 24 }),
    grid(
      [
        [
          cell(role),
          cell(''),
          cell(formatName(splitFullName(s.curatorName), 'initialsSurname'), { align: 'right' }),
        ],
      ],
      [80, 40, TEXT_WIDTH_MM - 120],
    ),
    paragraph(longDateRu(today), { spaceBeforePt: 12 }),
  ];
}

/**
 * The analytical note of the year (seed 002 §3.3: the curator's final analytical report) as a document tree laid out
 * like the orders: the organisation, the head's approval, the title, then the normative basis, the participants,
 * the programmes, training, monitoring, the roadmap and best practices in sentences, and «Проблемы» and
 * «Предложения» left for the curator, marked so. Signed by the curator, dated the report's day.
 */
export function analyticalNote(report: AnnualReport, settings: NoteSettings): DocTree {
  const { figures: f, year, today } = report;
  const practices = practicesText(f, year);
  const facts = problemFacts(f);
  const section = (title: string, ...blocks: DocBlock[]) => [heading(title), ...blocks];
  const blocks: DocBlock[] = [
    paragraph(settings.orgFullName, { align: 'center', spaceAfterPt: 12 }),
    ...approval(settings),
    centredTitle(noteTitle(year), 12),
    ...section('1. Нормативная основа', ...basis(settings, f, year, today)),
    ...section(
      '2. Участники системы наставничества',
      ...[...participantsText(f, year, today), ...waitingText(f, today)].map(text),
      ...(f.waiting.length > 0
        ? [
            toComplete(
              'какая психолого-педагогическая поддержка оказана наставляемым до закрепления наставника.',
            ),
          ]
        : []),
    ),
    ...section(
      '3. Реализация персонализированных программ наставничества',
      ...[...formsText(f), ...programmesText(f, year), ...planText(f, today), ...ordersText(f, year)].map(
        text,
      ),
    ),
    ...section('4. Обучение и поощрение наставников', ...trainingText(f, year).map(text)),
    ...section(
      '5. Мониторинг реализации программ',
      ...monitoringText(f, year).map(text),
      ...impact(f, 'mentee'),
      ...impact(f, 'mentor'),
    ),
    ...section('6. Выполнение дорожной карты', ...roadmapText(f, year, today).map(text)),
    ...section(
      '7. Лучшие практики наставничества',
      text(practices.lead),
      ...practices.items.map((p, i, all) => dash(`${p}${i === all.length - 1 ? '.' : ';'}`)),
    ),
    ...section(
      '8. Проблемы',
      toComplete(
        'трудности, выявленные в ходе реализации системы наставничества, и их причины.' +
          (facts.length > 0 ? ` По данным реестра: ${facts.join('; ')}.` : ''),
      ),
    ),
    ...section(
      '9. Предложения',
      toComplete(`предложения по развитию системы наставничества и задачи на ${nextYear(year)}.`),
    ),
    ...signature(settings, today),
  ];
  return { page: PAGE, blocks };
}
