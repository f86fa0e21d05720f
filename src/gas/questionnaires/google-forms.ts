/**
 * The QuestionnaireForms port on FormApp (docs/apps-script-platform.md §5). Reading N responses costs 2 + 3N
 * calls: each response gives its ID, its timestamp and all its answers at once through `toPrefilledUrl()`.
 * Personal links cost the same few calls for any number of tokens: one pre-filled link is made with a placeholder
 * code, and each token replaces it.
 */
import { UserError } from '../../domain/user-error';
import type { FormResponseRecord } from '../../domain/questionnaires/ingest';
import { TOKEN_TITLE, type FormSpec } from '../../domain/questionnaires/model';
import type { CreatedForm, QuestionnaireForms } from '../../ports/questionnaire-forms';
import { addItem } from './form-items';
import { answersFromPrefilledUrl } from './prefilled-answers';

/** What the token item holds in the one link made through FormApp; tokens are letters and digits only. */
const PLACEHOLDER = 'kod0ankety0zdes';

/** Google Forms made by this add-on. */
export class GoogleForms implements QuestionnaireForms {
  create(spec: FormSpec, spreadsheetId: string): CreatedForm {
    const form = FormApp.create(spec.title);
    // FormApp.create puts the title into the Drive file name only (§5.1): the form's own title is set here.
    form.setTitle(spec.title).setDescription(spec.description).setConfirmationMessage(spec.confirmation);
    const itemIds: Record<string, string> = {};
    for (const question of spec.items) itemIds[question.key] = String(addItem(form, question));
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
    return {
      formId: form.getId(),
      editUrl: form.getEditUrl(),
      publishedUrl: form.getPublishedUrl(),
      itemIds,
    };
  }

  readResponses(formId: string, since?: Date): FormResponseRecord[] {
    const form = open(formId);
    return (since ? form.getResponses(since) : form.getResponses()).map((response) => ({
      responseId: response.getId(),
      submittedAt: response.getTimestamp() as unknown as Date,
      answers: answersFromPrefilledUrl(response.toPrefilledUrl()),
    }));
  }

  personalLinks(formId: string, tokens: readonly string[]): string[] {
    const form = open(formId);
    const item = form.getItems(FormApp.ItemType.TEXT).find((i) => i.getTitle() === TOKEN_TITLE);
    if (!item) {
      throw new UserError(
        `В форме «${form.getTitle()}» нет вопроса «${TOKEN_TITLE}»: без него ответ не связать с человеком. ` +
          'Создайте анкету заново командой «Создать анкету…».',
      );
    }
    const entry = `entry.${item.getId()}=`;
    const answer = item.asTextItem().createResponse(PLACEHOLDER);
    const template = form.createResponse().withItemResponse(answer).toPrefilledUrl();
    const slot = entry + PLACEHOLDER;
    if (!template.includes(slot)) throw new Error(`A pre-filled link without ${slot}: ${template}`);
    return tokens.map((token) => template.replace(slot, entry + encodeURIComponent(token)));
  }
}

/** The form, or a UserError a curator can act on. */
function open(formId: string): GoogleAppsScript.Forms.Form {
  try {
    return FormApp.openById(formId);
  } catch {
    throw new UserError(
      `Форма ${formId} не открывается: возможно, она удалена или у вас нет к ней доступа. ` +
        'Проверьте ссылку на листе «Анкеты» или создайте анкету заново.',
    );
  }
}
