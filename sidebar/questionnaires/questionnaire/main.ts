import '../../common/base.css';
import '../../common/kit.css';
import './style.css';
import type { MadeQuestionnaire } from '../../../src/app/questionnaires/create-questionnaire';
import type { QuestionnaireAnalysis } from '../../../src/app/questionnaires/analysis';
import type { CandidateList } from '../../../src/app/questionnaires/candidates';
import type { IngestSummary } from '../../../src/app/questionnaires/ingest-answers';
import type { MailingProgress, QuestionnaireLinks } from '../../../src/app/questionnaires/mailing';
import type {
  KindChoice,
  QuestionnaireChoices,
  QuestionnaireSummary,
} from '../../../src/app/questionnaires/questionnaire-choices';
import { byId, el, replaceChildren, ruDate } from '../../common/dom';
import { selectField, textField } from '../../common/fields';
import { operation } from '../../common/operations';
import { serverFunctions } from '../../common/server';
import { runCall, statusLine } from '../../common/status';

const app = byId('app');
const status = statusLine(byId('status'));
const recipientsBox = byId('recipients');
const creating = operation();
const deciding = operation();
let choices: QuestionnaireChoices | null = null;

const kind = selectField({ label: 'Вид анкеты', name: 'kind', options: [], required: true });
const period = textField({ label: 'Период', name: 'period', hint: 'Например: 2025/2026 учебный год' });
byId('form').append(kind.root, period.root);

function currentKind(): KindChoice | undefined {
  return choices?.kinds.find((k) => k.kind === kind.get());
}

function showKind(): void {
  const k = currentKind();
  byId('hint').textContent = k?.hint ?? '';
  byId('recipients-title').hidden = !k?.personal;
  replaceChildren(
    recipientsBox,
    ...(k?.personal ? k.recipients : []).map((r) => {
      const box = el('input', { type: 'checkbox', value: r.key, id: `to-${r.key}` });
      box.checked = r.preselected;
      box.disabled = Boolean(r.blocked);
      return el(
        'div',
        { class: 'pick' },
        el('label', { class: 'inline', for: `to-${r.key}` }, box, ' ', r.label),
        r.blocked ? el('div', { class: 'why' }, `Ссылки не будет: ${r.blocked}`) : null,
      );
    }),
  );
  if (k?.personal && k.recipients.length === 0) {
    recipientsBox.append(el('p', { class: 'muted' }, 'В парах и группах пока никого нет.'));
  }
}
kind.root.addEventListener('change', showKind);

function ticked(): string[] {
  return Array.from(recipientsBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    .filter((b) => b.checked && !b.disabled)
    .map((b) => b.value);
}

function showMade(made: MadeQuestionnaire): void {
  const box = byId('result');
  box.hidden = false;
  replaceChildren(
    box,
    el('p', {}, `Анкета ${made.questionnaireId} создана: «${made.title}».`),
    el('p', {}, el('a', { href: made.formUrl, target: '_blank', rel: 'noopener' }, 'Открыть форму')),
    made.links > 0
      ? el('p', {}, `Личных ссылок: ${made.links}. Их можно скопировать или разослать ниже («Рассылка»).`)
      : el(
          'p',
          {},
          'Общая ссылка для ответов: ',
          el('input', { type: 'text', readonly: true, value: made.publishedUrl }),
        ),
    made.leftOut.length > 0
      ? el(
          'div',
          {},
          el('p', {}, 'Без личной ссылки:'),
          el('ul', {}, ...made.leftOut.map((l) => el('li', {}, `${l.label}: ${l.why}`))),
        )
      : null,
    made.ownProblems.length > 0
      ? el(
          'div',
          {},
          el('p', {}, 'Свои вопросы, не вошедшие в анкету:'),
          el('ul', {}, ...made.ownProblems.map((p) => el('li', {}, p))),
        )
      : null,
  );
}

byId('create').addEventListener('click', () => void create());

async function create(): Promise<void> {
  if (!kind.get()) {
    status.ok('Выберите вид анкеты.');
    return;
  }
  const request = { kind: kind.get(), period: period.get(), recipients: ticked() };
  const made = await runCall(
    app,
    status,
    () => creating.send(request, (id) => serverFunctions.createQuestionnaire(request, id)),
    { busy: 'Создаём форму…', done: 'Анкета создана.' },
  );
  if (!made) return;
  showMade(made);
  await load(false);
  status.ok('Анкета создана.');
}

function questionnaireItem(item: QuestionnaireSummary): HTMLElement {
  const refresh = el('button', { type: 'button' }, 'Обновить результаты');
  refresh.addEventListener('click', () => void refreshResults(item.id));
  const links = item.personal ? el('button', { type: 'button' }, 'Рассылка') : null;
  links?.addEventListener('click', () => void openMailing(item.id));
  return el(
    'li',
    {},
    el('strong', {}, `${item.id} `),
    item.title,
    el(
      'div',
      { class: 'muted' },
      `${item.status}; ответов: ${item.answers}` + (item.personal ? `; личных ссылок: ${item.links}` : ''),
    ),
    item.formUrl ? el('a', { href: item.formUrl, target: '_blank', rel: 'noopener' }, 'Форма') : null,
    el('div', { class: 'buttons' }, refresh, links),
  );
}

function summaryText(summaries: readonly IngestSummary[]): string {
  if (summaries.length === 0) return 'Анкет, созданных дополнением, нет.';
  return summaries
    .map((s) =>
      s.problem
        ? `${s.questionnaireId}: ${s.problem}`
        : `${s.questionnaireId}: новых ответов ${s.added}, всего ${s.total}` +
          (s.flagged > 0 ? ` (с отметками: ${s.flagged})` : '') +
          ` — лист «${s.resultSheet}»`,
    )
    .join('; ');
}

async function refreshResults(questionnaireId?: string): Promise<void> {
  const done = await runCall(
    app,
    status,
    () => serverFunctions.refreshQuestionnaireResults(questionnaireId),
    {
      busy: 'Читаем ответы форм…',
    },
  );
  if (!done) return;
  await load(false);
  // After the lists are read again, so their «Обновляем…» does not hide what the refresh found.
  status.ok(summaryText(done));
}
byId('refresh-all').addEventListener('click', () => void refreshResults());

let mailingId: string | null = null;
let jobId: string | null = null;
const continueButton = byId<HTMLButtonElement>('continue');

function showLinks(data: QuestionnaireLinks): void {
  mailingId = data.questionnaireId;
  byId('mailing').hidden = false;
  byId('mailing-title').textContent = `Рассылка: ${data.questionnaireId}`;
  const waiting = data.links.filter((l) => l.state === 'выдан' && !l.sentAt).length;
  byId('mailing-hint').textContent =
    `Личные ссылки «${data.title}». Ссылку можно скопировать и отправить самим. ` +
    `Письмами ещё не отправлено: ${waiting}; сегодня можно отправить писем: ${data.quota}.`;
  replaceChildren(
    byId('links'),
    ...data.links.map((l) => {
      const input = el('input', {
        type: 'text',
        readonly: true,
        value: l.url,
        'aria-label': `Ссылка: ${l.name}`,
      });
      input.addEventListener('focus', () => input.select());
      const state =
        l.state === 'использован'
          ? 'ответ получен'
          : l.sentAt
            ? `отправлено ${ruDate(l.sentAt.slice(0, 10))} ${l.sentAt.slice(11)}`
            : l.email
              ? `не отправлено (${l.email})`
              : 'нет адреса эл. почты';
      // To see the form as the person will: the curator opens it, and does not answer for them.
      const open = el(
        'a',
        { href: l.url, target: '_blank', rel: 'noopener', title: 'Форма так, как её увидит человек' },
        'открыть',
      );
      return el('li', {}, `${l.name} — ${l.role}`, input, el('div', { class: 'sent' }, state, ' · ', open));
    }),
  );
}

async function openMailing(questionnaireId: string): Promise<void> {
  const data = await runCall(app, status, () => serverFunctions.loadQuestionnaireLinks(questionnaireId), {
    busy: 'Загружаем ссылки…',
  });
  if (data) showLinks(data);
}

function showProgress(progress: MailingProgress): void {
  byId('progress-box').hidden = false;
  const bar = byId<HTMLProgressElement>('progress');
  bar.max = progress.total;
  bar.value = progress.processed;
  const sent = progress.processed - progress.failed.length;
  byId('progress-text').textContent =
    `Отправлено ${sent} из ${progress.total}` +
    (progress.quotaExhausted
      ? `. Дневной лимит писем исчерпан: остальные ${progress.total - progress.processed} отправятся, ` +
        'если нажать «Продолжить» завтра. Уже отправленным повторно писать не будем.'
      : '.');
  replaceChildren(
    byId('progress-failed'),
    ...progress.failed.map((f) => el('li', {}, `Не отправлено: ${f.message}`)),
  );
  continueButton.hidden = progress.finished;
}

async function drive(): Promise<void> {
  while (jobId) {
    const id = jobId;
    const progress = await runCall(app, status, () => serverFunctions.continueQuestionnaireMailing(id), {
      busy: 'Отправляем письма…',
    });
    if (!progress) {
      continueButton.hidden = false;
      return;
    }
    showProgress(progress);
    if (progress.quotaExhausted) return;
    if (progress.finished) {
      jobId = null;
      status.ok('Рассылка закончена.');
      if (mailingId) await openMailing(mailingId);
    }
  }
}

byId('send').addEventListener('click', () => void send());
continueButton.addEventListener('click', () => void drive());

async function send(): Promise<void> {
  if (!mailingId) return;
  const input = { questionnaireId: mailingId };
  const started = await runCall(app, status, () => serverFunctions.startQuestionnaireMailing(input), {
    busy: 'Готовим рассылку…',
  });
  if (!started) return;
  jobId = started.id;
  showProgress(started);
  await drive();
}

function showCandidates(list: CandidateList): void {
  const box = byId('candidates-box');
  box.hidden = list.candidates.length === 0 && list.withoutConsent === 0;
  byId('candidates-hint').textContent =
    'Ответы анкет кандидатов с согласием на обработку ПДн. «Принять» добавляет человека в банк.' +
    (list.withoutConsent > 0 ? ` Без согласия (в банк не вносятся): ${list.withoutConsent}.` : '');
  replaceChildren(
    byId('candidates'),
    ...list.candidates.map((c) => {
      const accept = el('button', { type: 'button' }, 'Принять в банк');
      const reject = el('button', { type: 'button' }, 'Отклонить');
      const request = (decision: string) => ({
        questionnaireId: c.questionnaireId,
        responseId: c.responseId,
        decision,
      });
      accept.addEventListener('click', () => void decide(request('accept')));
      reject.addEventListener('click', () => void decide(request('reject')));
      return el(
        'li',
        {},
        el('strong', {}, c.name),
        ` — в банк: ${c.bank === 'наставник' ? 'наставники' : 'наставляемые'}`,
        el('div', { class: 'muted' }, c.details),
        el('div', { class: 'buttons' }, accept, reject),
      );
    }),
  );
}

async function decide(request: Record<string, string>): Promise<void> {
  const done = await runCall(app, status, () =>
    deciding.send(request, (id) => serverFunctions.decideCandidate(request, id)),
  );
  if (!done) return;
  await load(false);
  status.ok(`Кандидат ${done.decision}.`);
}

const number = (n: number | null) => (n === null ? '—' : String(n).replace('.', ','));

/** Entry against exit per indicator, the pairs' scores and those that need the curator. */
function showAnalysis(data: QuestionnaireAnalysis): void {
  const measured = data.impactSummary.filter((i) => i.people > 0);
  replaceChildren(
    byId('analysis'),
    el('h3', {}, 'Вход и выход'),
    measured.length === 0
      ? el('p', { class: 'muted' }, 'Нет людей, ответивших и на входную, и на итоговую анкету.')
      : el(
          'ul',
          { class: 'made' },
          ...measured.map((i) =>
            el(
              'li',
              {},
              i.title,
              el(
                'div',
                { class: 'muted' },
                `на входе ${number(i.entry)}, на выходе ${number(i.exit)}, изменение ${number(i.change)} ` +
                  `(людей: ${i.people})`,
              ),
            ),
          ),
        ),
    el('h3', {}, 'Пары и группы'),
    el(
      'ul',
      { class: 'made' },
      ...data.pairs.map((p) => el('li', {}, `${p.pairId}: оценка ${number(p.score)}`)),
    ),
    el('h3', {}, 'Требуют внимания'),
    data.attention.length === 0
      ? el('p', { class: 'muted' }, 'Таких пар нет.')
      : el(
          'ul',
          { class: 'made' },
          ...data.attention.map((a) => el('li', {}, `${a.pairId}: ${a.reasons.join('; ')}`)),
        ),
  );
}

byId('analyse').addEventListener('click', () => void analyse());

async function analyse(): Promise<void> {
  const data = await runCall(app, status, () => serverFunctions.loadQuestionnaireAnalysis(), {
    busy: 'Считаем итоги…',
  });
  if (data) showAnalysis(data);
}

async function load(first: boolean): Promise<void> {
  const data = await runCall(app, status, () => serverFunctions.loadQuestionnaireSidebar(), {
    busy: first ? 'Загрузка…' : 'Обновляем…',
  });
  if (!data) return;
  const keep = kind.get();
  choices = data;
  kind.setOptions(data.kinds.map((k) => ({ value: k.kind, label: k.title })));
  kind.set(keep || data.kinds[0]?.kind || '');
  if (first && !period.get()) period.set(data.period);
  showKind();
  byId('made-title').hidden = data.questionnaires.length === 0;
  byId('refresh-all').hidden = data.questionnaires.length === 0;
  byId('analysis-box').hidden = data.questionnaires.length === 0;
  replaceChildren(byId('made'), ...data.questionnaires.map(questionnaireItem));
  const candidates = await runCall(app, status, () => serverFunctions.loadCandidates(), {});
  if (candidates) showCandidates(candidates);
}

void load(true);
