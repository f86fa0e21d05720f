/**
 * The bank sidebar shared by «Наставник» and «Наставляемый»: choose a person from the list (or a new one), fill
 * the form with inline checks, save through one server call. The list and the form's choices are loaded once, with
 * one call; the form is built when they arrive.
 */
import type { PersonChoices } from '../../../src/app/banks/bank';
import { byId, el, replaceChildren } from '../../common/dom';
import { markNamedFields, validateAll, type Field } from '../../common/fields';
import { operation } from '../../common/operations';
import { notListedLine, showRowProblems } from '../../common/row-problems';
import { differs, reloadOnReturn } from '../../common/refresh';
import { runCall, statusLine } from '../../common/status';
import { bankGroup, personGroups, type FieldGroup, type KeyedFields } from './person-fields';

/** A person as the bank's list answers: the entity with its ID and full name, and what is wrong in its row. */
export type PersonRecord = {
  readonly id: string;
  readonly fullName?: string;
  readonly problems?: string[];
} & Record<string, unknown>;

/** What differs between the two banks' sidebars; `C` is the lists the bank's form offers. */
export interface PersonSidebarConfig<C extends PersonChoices> {
  /** «наставника» / «наставляемого»: for «Добавить …». */
  readonly accusative: string;
  /** «наставник» / «наставляемый»: for «Новый …». */
  readonly nominative: string;
  /** «Наставник» / «Наставляемый», for messages. */
  readonly noun: string;
  /** The bank's own fields. */
  readonly group: (choices: C) => FieldGroup;
  /** The bank's list, its form's choices, and the person on the curator's row (the sidebar opens on them). */
  readonly load: () => Promise<{ items: PersonRecord[]; skipped: string[]; choices: C; selectedId?: string }>;
  /** Adds the person; `operationId` makes a retry of the same click add them once. */
  readonly add: (input: Record<string, unknown>, operationId: string) => Promise<PersonRecord>;
  /** Saves the changes of `input.id`; `operationId` as for `add`. */
  readonly update: (input: Record<string, unknown>, operationId: string) => Promise<PersonRecord>;
  /** A line about the chosen person's work now (places, pairs), from the list's extra fields. */
  readonly summary?: (person: PersonRecord) => string;
}

const NEW = '';

function nameOf(p: Record<string, unknown>): string {
  return [p.surname, p.firstName, p.patronymic].filter((x) => typeof x === 'string' && x).join(' ');
}

/** Builds the sidebar into #app and loads the bank; the form appears with the bank's choices. */
export function startPersonSidebar<C extends PersonChoices>(config: PersonSidebarConfig<C>): void {
  const root = byId('app');
  const status = statusLine(el('p', { id: 'status', class: 'status' }));
  const form = el('div', {});
  let fields: KeyedFields = {};
  let list: Field<unknown>[] = [];
  const chooser = el('select', { id: 'person', name: 'person' });
  const save = el('button', { type: 'button', class: 'primary', id: 'save' });
  const reset = el('button', { type: 'button', id: 'new' }, 'Новая запись');
  const skipped = el('div', { class: 'muted', id: 'skipped' });
  const problems = el('div', { class: 'card', id: 'row-problems', hidden: true });
  /** Fields whose cell in the sheet is wrong and which the curator has not touched: left as they are on save. */
  let untouched = new Set<string>();
  const summary = el('p', { class: 'card', id: 'summary', hidden: true });
  const actions = el('div', { class: 'actions', hidden: true }, save, reset);
  let people: PersonRecord[] = [];
  const saving = operation();

  const buildForm = (choices: C): void => {
    const groups = [...personGroups(choices), config.group(choices), bankGroup()];
    fields = Object.assign({}, ...groups.map((g) => g.fields));
    list = Object.values(fields);
    form.append(
      ...groups.map((g) =>
        el('fieldset', {}, el('legend', {}, g.title), ...Object.values(g.fields).map((f) => f.root)),
      ),
    );
    actions.hidden = false;
  };

  const current = (): PersonRecord | undefined => people.find((p) => p.id === chooser.value);
  const renderChooser = (): void => {
    replaceChildren(
      chooser,
      el('option', { value: NEW }, `— новый ${config.nominative} —`),
      ...people.map((p) => el('option', { value: p.id }, `${p.fullName ?? nameOf(p)} (${p.id})`)),
    );
  };
  const fill = (person: PersonRecord | undefined): void => {
    for (const [key, field] of Object.entries(fields)) {
      field.error('');
      field.set(person ? person[key] : key === 'active' ? true : undefined);
    }
    untouched = showRowProblems(problems, person?.problems, fields);
    save.textContent = person ? 'Сохранить изменения' : `Добавить ${config.accusative}`;
    summary.textContent = person && config.summary ? config.summary(person) : '';
    summary.hidden = !summary.textContent;
  };
  const values = (editing: boolean): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(fields)) {
      const value = field.get();
      // Empty clears the cell of an existing person (null), and is simply left out for a new one; a wrong cell
      // shown empty is kept as it is unless the curator changed the field.
      if (value === '' || value === undefined) {
        if (editing && !untouched.has(key)) out[key] = null;
      } else out[key] = value;
    }
    return out;
  };

  chooser.addEventListener('change', () => {
    fill(current());
    status.clear();
  });
  const touch = (event: Event): void => {
    const key = Object.keys(fields).find((k) => fields[k].root.contains(event.target as Node));
    if (key) untouched.delete(key);
  };
  form.addEventListener('input', touch);
  form.addEventListener('change', touch);
  /** The bank again, quietly: after a person whose row had problems is saved, the list says what is left. */
  const refresh = async (id: string): Promise<void> => {
    const fresh = await config.load().catch(() => undefined);
    if (!fresh) return;
    people = fresh.items;
    renderChooser();
    chooser.value = id;
    fill(current());
    notListedLine(skipped, fresh.skipped);
  };
  reset.addEventListener('click', () => {
    chooser.value = NEW;
    fill(undefined);
    status.clear();
  });
  save.addEventListener('click', async () => {
    if (!validateAll(list)) {
      status.fail('Исправьте поля, отмеченные красным.');
      return;
    }
    const editing = current();
    const input = values(Boolean(editing));
    const request = editing ? { ...input, id: editing.id } : input;
    const saved = await runCall(
      root,
      status,
      () => saving.send(request, (id) => (editing ? config.update(request, id) : config.add(request, id))),
      {
        busy: 'Сохранение…',
        done: (p) => `${config.noun} ${p.id} ${editing ? 'сохранён' : 'добавлен в банк'}.`,
      },
    );
    if (!saved) {
      markNamedFields(status.root.textContent ?? '', list);
      return;
    }
    // The saved entity lacks the list's extra fields (places, pairs): keep them from the list.
    const record: PersonRecord = { ...editing, ...saved, fullName: nameOf(saved) };
    people = editing ? people.map((p) => (p.id === saved.id ? record : p)) : [...people, record];
    renderChooser();
    chooser.value = saved.id;
    fill(record);
    if (editing?.problems) await refresh(saved.id);
  });

  root.append(
    el('div', { class: 'field' }, el('label', { for: 'person' }, 'Выбрать из банка'), chooser),
    summary,
    problems,
    form,
    actions,
    status.root,
    skipped,
  );
  renderChooser();
  void runCall(root, status, config.load, { busy: 'Загрузка…' }).then((result) => {
    if (!result) return;
    buildForm(result.choices);
    fill(undefined);
    people = result.items;
    renderChooser();
    if (result.selectedId && people.some((p) => p.id === result.selectedId)) {
      chooser.value = result.selectedId;
      fill(current());
      // The menu says «Добавить…»: say why the form holds someone, and how to add instead.
      status.busy(
        `Открыта запись ${result.selectedId} из выделенной строки. Чтобы добавить, нажмите «Новая запись».`,
      );
    }
    notListedLine(skipped, result.skipped);
  });
  // The sheets change while the sidebar is open (another curator, «Отозвать согласие…»): back in the sidebar,
  // the list is read again, and the form follows the chosen person if their data changed meanwhile.
  reloadOnReturn(config.load, (fresh) => {
    if (list.length === 0) return;
    const shown = current();
    people = fresh.items;
    renderChooser();
    const now = shown && people.find((p) => p.id === shown.id);
    chooser.value = now ? now.id : NEW;
    if (shown && (!now || Object.keys(fields).some((key) => differs(shown[key], now[key])))) {
      fill(now);
      status.ok(
        now
          ? `Запись ${shown.id} изменилась в таблице — в форме её данные как сейчас.`
          : `Записи ${shown.id} больше нет в списке.`,
      );
    }
  });
}
