/** google.script.run endpoints of «Обучение и награды…» (sidebar/report/training). */
import { operationIdOf } from '../../app/operations/run-operation';
import * as training from '../../app/report/training';
import type { TrainingRecord } from '../../domain/registry/entities/training';
import { services, settledServices } from '../services';

/** The mentors, the closed lists and the sheet's latest records. */
export function loadTrainingSidebar(): training.TrainingChoices {
  return training.trainingChoices(settledServices());
}

/** Adds a course, session, certificate, contest or award of a mentor; answers the row with its new ID. */
export function addTrainingRecord(input: unknown, operationId?: unknown): TrainingRecord {
  return training.addTrainingRecord(services(), input, operationIdOf(operationId));
}
