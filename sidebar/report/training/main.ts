/**
 * «Обучение и награды…»: one record of a mentor's course, session, certificate, contest or award, saved as a row
 * of «Обучение и награды наставников». The result of a contest and the hours of a course show only for their
 * kinds, as the server accepts them.
 */
import '../../common/base.css';
import '../../common/kit.css';
import './style.css';
import { byId, el, replaceChildren, ruDate } from '../../common/dom';
import {
  dateField,
  markNamedFields,
  numberField,
  selectField,
  textareaField,
  textField,
  validateAll,
  type Field,
} from '../../common/fields';
import { operation } from '../../common/operations';
import { serverFunctions } from '../../common/server';
import { runCall, statusLine } from '../../common/status';

type Choices = Awaited<ReturnType<typeof serverFunctions.loadTrainingSidebar>>;

const form = byId('form');
const status = statusLine(byId('status'));
const save = byId<HTMLButtonElement>('save');
const saving = operation();

const mentor = selectField({
  name: 'mentorId',
  label: 'Наставник (ID)',
  required: true,
  options: [],
  empty: '',
});
const kind = selectField({ name: 'kind', label: 'Вид', required: true, options: [], empty: '' });
const title = textField({ name: 'title', label: 'Название', hint: 'Курсы, конкурс или за что поощрение' });
const organiser = textField({ name: 'organiser', label: 'Кто провёл / наградил' });
const level = selectField({ name: 'level', label: 'Уровень', options: [], empty: '' });
const date = dateField({ name: 'date', label: 'Дата', hint: 'Окончание курсов, итоги конкурса, вручение' });
const hours = numberField({ name: 'hours', label: 'Часов', min: 1 });
const result = selectField({ name: 'result', label: 'Результат конкурса', options: [], empty: 'участие' });
const documentField = textField({
  name: 'document',
  label: 'Документ',
  hint: 'Удостоверение, диплом, сертификат',
});
const link = textField({ name: 'link', label: 'Ссылка' });
const note = textareaField({ name: 'note', label: 'Примечание', rows: 2 });
const fields: Field<unknown>[] = [
  mentor,
  kind,
  title,
  organiser,
  level,
  date,
  hours,
  result,
  documentField,
  link,
  note,
] as Field<unknown>[];
form.append(...fields.map((f) => f.root));

let learning: readonly string[] = [];

/** Hours for learning, a result for a contest: the other fields hide and are cleared. */
function showKindFields(): void {
  const isLearning = learning.includes(kind.get());
  const isContest = kind.get() === 'конкурс';
  hours.root.hidden = !isLearning;
  result.root.hidden = !isContest;
  if (!isLearning) hours.set(undefined);
  if (!isContest) result.set('');
}
kind.root.querySelector('select')?.addEventListener('change', showKindFields);

function showRecent(choices: Choices): void {
  byId('recent-title').hidden = choices.recent.length === 0;
  replaceChildren(
    byId('recent'),
    ...[...choices.recent]
      .reverse()
      .map((r) =>
        el(
          'li',
          {},
          el('strong', {}, r.id),
          ` ${r.mentorName}: ${r.kind}`,
          r.title ? ` — ${r.title}` : '',
          r.result ? ` (${r.result})` : '',
          r.date ? `, ${ruDate(r.date)}` : '',
        ),
      ),
  );
}

function apply(choices: Choices): void {
  mentor.setOptions(choices.mentors.map((m) => ({ value: m.id, label: `${m.name} (${m.id})` })));
  kind.setOptions(choices.kinds);
  level.setOptions(choices.levels);
  result.setOptions(choices.results);
  learning = choices.learningKinds;
  showKindFields();
  showRecent(choices);
}

async function load(): Promise<void> {
  const choices = await runCall(form, status, () => serverFunctions.loadTrainingSidebar());
  if (!choices) return;
  apply(choices);
  if (choices.mentors.length === 0)
    status.ok('На листе «Наставники» пока никого нет: сначала добавьте наставника.');
}

/** What the server takes: empty fields left out. */
function request(): Record<string, unknown> {
  const input: Record<string, unknown> = { mentorId: mentor.get(), kind: kind.get() };
  const optional: Array<[string, unknown]> = [
    ['title', title.get()],
    ['organiser', organiser.get()],
    ['level', level.get()],
    ['date', date.get()],
    ['hours', hours.get()],
    ['result', result.get()],
    ['document', documentField.get()],
    ['link', link.get()],
    ['note', note.get()],
  ];
  for (const [key, value] of optional) if (value !== undefined && value !== '') input[key] = value;
  return input;
}

save.addEventListener('click', () => {
  void (async () => {
    if (!validateAll(fields)) return;
    const input = request();
    let failed = '';
    const saved = await runCall(
      byId('app'),
      status,
      () =>
        saving
          .send(input, (id) => serverFunctions.addTrainingRecord(input, id))
          .catch((error: unknown) => {
            failed = error instanceof Error ? error.message : String(error);
            throw error;
          }),
      { busy: 'Сохранение…', done: (r) => `Добавлено: ${r.id}.` },
    );
    if (!saved) {
      markNamedFields(failed, fields);
      return;
    }
    for (const f of [title, organiser, documentField, link, note]) f.set('');
    hours.set(undefined);
    result.set('');
    const choices = await serverFunctions.loadTrainingSidebar().catch(() => undefined);
    if (choices) showRecent(choices);
  })();
});

void load();
