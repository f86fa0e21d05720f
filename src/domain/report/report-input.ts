import type { IsoDate } from '../registry/dates';
import type { Mentorship } from '../registry/entities/mentorship';
import type { Mentee, Mentor } from '../registry/entities/people';
import type { PlanEvent, Programme } from '../registry/entities/programme';
import type { Order, PracticeCase, RoadmapItem } from '../registry/entities/records';
import type { QuestionnaireResult } from './questionnaire-results';
import type { ReportYear } from './report-year';
import type { TrainingRecord } from './training';

/**
 * Everything the annual report is computed from: each sheet read once by the use case, as entities. The report
 * reads no clock: `today` is the day it is built (overdue items, how long a mentee has waited, the note's date).
 */
export interface ReportInput {
  readonly year: ReportYear;
  readonly today: IsoDate;
  readonly mentors: readonly Mentor[];
  readonly mentees: readonly Mentee[];
  readonly mentorships: readonly Mentorship[];
  readonly programmes: readonly Programme[];
  readonly planEvents: readonly PlanEvent[];
  readonly orders: readonly Order[];
  readonly roadmap: readonly RoadmapItem[];
  readonly practices: readonly PracticeCase[];
  readonly training: readonly TrainingRecord[];
  /** The questionnaires' answers; absent while the workbook has no questionnaires: the report says «нет данных». */
  readonly questionnaires?: readonly QuestionnaireResult[];
}
