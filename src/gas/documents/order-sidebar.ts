/** google.script.run endpoints of «Подготовить приказ…» (sidebar/documents/order). */
import * as nameCorrections from '../../app/documents/name-corrections';
import * as choices from '../../app/documents/order-choices';
import * as orders from '../../app/documents/orders';
import * as programmeDocuments from '../../app/documents/programme-documents';
import * as signing from '../../app/documents/sign-order';
import { operationIdOf } from '../../app/operations/run-operation';
import { services, settledServices } from '../services';
import { GoogleDocs } from './google-docs';

/** The kinds of order, the pairs, groups and mentors to choose from, the orders waiting to be signed. */
export function loadOrderSidebar(): choices.OrderChoices {
  return choices.orderChoices(settledServices());
}

/** The order's text as it will be made, what the data cannot fill, who is left out. Writes nothing. */
export function previewOrder(request: unknown): orders.OrderPreview {
  return orders.previewOrder(settledServices(), documents(), request);
}

/** «Исправить» under the preview: a person's name in a case `{ personId, case, form }`, kept on «Склонение ФИО». */
export function saveNameCorrection(
  input: unknown,
  operationId?: unknown,
): nameCorrections.SavedNameCorrection {
  return nameCorrections.saveNameCorrection(services(), input, operationIdOf(operationId));
}

/** This workbook's Google Docs. */
function documents(): GoogleDocs {
  return new GoogleDocs(() => SpreadsheetApp.getActiveSpreadsheet().getId());
}

/** Makes the order: its number, its row in «Приказы», its Google Doc. */
export function createOrder(request: unknown, operationId?: unknown): orders.MadeOrder {
  return orders.createOrder(services(), documents(), request, operationIdOf(operationId));
}

/** Starts a batch of programme documents `{ programmeIds }`: how many will be made, against the day's limit. */
export function startProgrammeDocuments(input: unknown): programmeDocuments.ProgrammeDocumentsProgress {
  return programmeDocuments.startProgrammeDocuments(services(), input);
}

/** Makes the batch's next documents for about half a minute; the sidebar calls it again until it is finished. */
export function continueProgrammeDocuments(jobId: unknown): programmeDocuments.ProgrammeDocumentsProgress {
  return programmeDocuments.continueProgrammeDocuments(services(), documents(), jobId);
}

/** Marks an order «подписан» (its pairs approved, its programmes too) or «отменён». */
export function setOrderStatus(input: unknown, operationId?: unknown): signing.SignedOrder {
  return signing.setOrderStatus(services(), input, operationIdOf(operationId));
}
