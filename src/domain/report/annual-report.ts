import { formatRuDate, type IsoDate } from '../registry/dates';
import { fullName } from '../registry/entities/people';
import { monitoringFigures, type MonitoringFigures } from './monitoring';
import {
  impactTable,
  satisfactionBandsTable,
  satisfactionQuestionsTable,
  satisfactionTable,
} from './monitoring-tables';
import {
  formsTable,
  kindsTable,
  mentorshipFigures,
  mentorshipsTable,
  type MentorshipFigures,
} from './mentorships';
import { orderFigures, ordersTable, type OrderFigures } from './orders';
import {
  menteeCategoriesTable,
  menteeFigures,
  menteesTable,
  mentorFigures,
  mentorsTable,
  type MenteeFigures,
  type MentorFigures,
} from './people';
import {
  successorFigures,
  successorsTable,
  waitingMentees,
  waitingTable,
  type SuccessorFigures,
  type WaitingMentee,
} from './people-lists';
import { practicesListTable, practicesTable, yearPractices, type YearPractice } from './practices';
import {
  directionsTable,
  planFigures,
  planTable,
  programmeFigures,
  programmesTable,
  type PlanFigures,
  type ProgrammeFigures,
} from './programmes';
import type { ReportInput } from './report-input';
import type { ReportTable } from './report-table';
import { reportSheetName, yearRu, type ReportYear } from './report-year';
import { roadmapFigures, roadmapStagesTable, roadmapTable, type RoadmapFigures } from './roadmap';
import { contestsTable, trainingFigures, trainingTable, type TrainingFigures } from './training-report';
import { indexYear } from './year-index';

/** Every figure of the year: what the tables show and the note says in sentences. */
export interface ReportFigures {
  readonly mentors: MentorFigures;
  readonly mentees: MenteeFigures;
  readonly mentorships: MentorshipFigures;
  readonly programmes: ProgrammeFigures;
  readonly plan: PlanFigures;
  readonly roadmap: RoadmapFigures;
  readonly monitoring: MonitoringFigures;
  readonly orders: OrderFigures;
  readonly training: TrainingFigures;
  readonly practices: readonly YearPractice[];
  readonly successors: SuccessorFigures;
  readonly waiting: readonly WaitingMentee[];
}

/** The annual report: the sheet «Отчёт 2025/2026» as titled tables, and the figures the note is written from. */
export interface AnnualReport {
  readonly year: ReportYear;
  readonly today: IsoDate;
  readonly sheetName: string;
  readonly title: string;
  /** The line under the title: the period and the day the report was built. */
  readonly subtitle: string;
  readonly figures: ReportFigures;
  readonly tables: readonly ReportTable[];
}

/** Computes the year's figures from the registry, in one pass over each sheet's rows. */
export function reportFigures(input: ReportInput): ReportFigures {
  const index = indexYear(input);
  const names = new Map(input.mentors.map((m) => [m.id, fullName(m) || m.id]));
  return {
    mentors: mentorFigures(index),
    mentees: menteeFigures(index),
    mentorships: mentorshipFigures(index),
    programmes: programmeFigures(index),
    plan: planFigures(index),
    roadmap: roadmapFigures(input.roadmap, input.year, input.today),
    monitoring: monitoringFigures(input.questionnaires, input.year),
    orders: orderFigures(input.orders, input.year),
    training: trainingFigures(input.training, input.year),
    practices: yearPractices(input.practices, index, (id) => names.get(id)),
    successors: successorFigures(input.mentors, input.mentorships, index.workingMentorIds, input.year),
    waiting: waitingMentees(input.mentees, input.mentorships, input.today),
  };
}

/** The tables of the report sheet, in the order the note tells them. */
export function reportTables(f: ReportFigures): ReportTable[] {
  const participants = { mentor: f.mentors.working, mentee: f.mentees.mentored };
  return [
    mentorsTable(f.mentors, f.training.trainedMentors),
    menteesTable(f.mentees, f.waiting.length),
    menteeCategoriesTable(f.mentees),
    mentorshipsTable(f.mentorships),
    formsTable(f.mentorships),
    kindsTable(f.mentorships),
    programmesTable(f.programmes),
    planTable(f.plan),
    directionsTable(f.plan),
    roadmapTable(f.roadmap),
    roadmapStagesTable(f.roadmap),
    satisfactionTable(f.monitoring, participants),
    satisfactionBandsTable(f.monitoring),
    satisfactionQuestionsTable(f.monitoring),
    impactTable(f.monitoring, 'mentee'),
    impactTable(f.monitoring, 'mentor'),
    ordersTable(f.orders),
    trainingTable(f.training, f.mentors.inBank),
    contestsTable(f.training),
    practicesTable(f.practices),
    practicesListTable(f.practices),
    successorsTable(f.successors),
    waitingTable(f.waiting),
  ];
}

/** Builds the annual report of `input.year` as of `input.today`. */
export function buildAnnualReport(input: ReportInput): AnnualReport {
  const figures = reportFigures(input);
  const { year, today } = input;
  return {
    year,
    today,
    sheetName: reportSheetName(year),
    title: `Отчёт о реализации системы (целевой модели) наставничества педагогических работников за ${yearRu(year)}`,
    subtitle: `Период: ${formatRuDate(year.start)} – ${formatRuDate(year.end)}. Сформирован ${formatRuDate(today)}.`,
    figures,
    tables: reportTables(figures),
  };
}
