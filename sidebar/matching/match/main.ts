import '../../common/base.css';
import '../../common/kit.css';
import './style.css';
import type { MatchMenteeOption, MenteeRanking } from '../../../src/app/matching/rank-mentors';
import { byId, el, replaceChildren } from '../../common/dom';
import { operation } from '../../common/operations';
import { serverFunctions } from '../../common/server';
import { differs, reloadOnReturn } from '../../common/refresh';
import { runCall, statusLine } from '../../common/status';
import { menteeBlocker, menteeCard, mentorCard } from './ranking-view';

const app = byId('app');
const select = byId<HTMLSelectElement>('mentee');
const card = byId('mentee-card');
const list = byId('ranking');
const title = byId('ranking-title');
const status = statusLine(byId('status'));
let mentees: MatchMenteeOption[] = [];
/** The ranking on screen, to tell whether a quiet reload changed it. */
let shownRanking: MenteeRanking | null = null;
const creating = operation();

function fillMentees(chosen: string | undefined): void {
  const waiting = mentees.filter((m) => m.active && m.mentorshipIds.length === 0);
  const others = mentees.filter((m) => !waiting.includes(m));
  const option = (m: MatchMenteeOption) =>
    el('option', { value: m.id }, m.position ? `${m.name} — ${m.position}` : m.name);
  replaceChildren(
    select,
    el('option', { value: '' }, mentees.length === 0 ? 'Банк наставляемых пуст' : 'Выберите наставляемого'),
    waiting.length > 0 ? el('optgroup', { label: 'Ждут наставника' }, ...waiting.map(option)) : null,
    others.length > 0 ? el('optgroup', { label: 'Уже в паре или неактивны' }, ...others.map(option)) : null,
  );
  select.value = chosen ?? '';
}

function showRanking(ranking: MenteeRanking | null): void {
  shownRanking = ranking;
  card.hidden = ranking === null;
  title.hidden = ranking === null;
  if (!ranking) {
    replaceChildren(card);
    replaceChildren(list);
    return;
  }
  replaceChildren(card, ...menteeCard(ranking.mentee));
  const canCreate = menteeBlocker(ranking.mentee) === '';
  const cards = ranking.mentors.map((m) =>
    mentorCard(m, canCreate, (mentor) => void create(mentor.mentorId)),
  );
  replaceChildren(list, ...cards);
  if (cards.length === 0) replaceChildren(list, el('li', { class: 'muted' }, 'В банке нет наставников.'));
}

async function load(menteeId?: string, done?: string): Promise<void> {
  const data = await runCall(app, status, () => serverFunctions.loadMatchSidebar(menteeId), {
    busy: 'Загрузка…',
    done,
  });
  if (!data) return;
  mentees = data.mentees;
  fillMentees(data.ranking?.mentee.id);
  showRanking(data.ranking);
  if (done || data.ranking) return;
  status.ok(
    mentees.length === 0
      ? 'Добавьте наставляемых в банк, чтобы подобрать им наставников.'
      : 'Наставника никто не ждёт: выберите наставляемого из списка, чтобы посмотреть подбор.',
  );
}

async function choose(menteeId: string): Promise<void> {
  if (!menteeId) return showRanking(null);
  const ranking = await runCall(app, status, () => serverFunctions.rankMentorsForMentee(menteeId), {
    busy: 'Подбираем наставников…',
  });
  if (ranking) showRanking(ranking);
}

async function create(mentorId: string): Promise<void> {
  const menteeId = select.value;
  const proposals = [{ mentorId, menteeIds: [menteeId] }];
  const result = await runCall(
    app,
    status,
    () => creating.send(proposals, (id) => serverFunctions.acceptProposals(proposals, id)),
    { busy: 'Создаём пару…' },
  );
  const made = result?.created[0];
  if (!made) return;
  await load(
    menteeId,
    `Создана пара ${made.id}: ${made.mentorName} — ${made.menteeNames.join(', ')} (проект).`,
  );
}

select.addEventListener('change', () => void choose(select.value));
void load();
// Back in the sidebar after the sheets changed (a withdrawal, a new pair): the list and the ranking follow.
reloadOnReturn(
  () => serverFunctions.loadMatchSidebar(select.value || undefined),
  (fresh) => {
    mentees = fresh.mentees;
    fillMentees(fresh.ranking?.mentee.id ?? (select.value || undefined));
    if (differs(shownRanking, fresh.ranking)) showRanking(fresh.ranking);
  },
);
