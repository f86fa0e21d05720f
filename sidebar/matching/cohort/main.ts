import '../../common/base.css';
import '../../common/kit.css';
import './style.css';
import type { CohortProposalData } from '../../../src/app/matching/propose-cohort';
import { byId, replaceChildren } from '../../common/dom';
import { operation } from '../../common/operations';
import { serverFunctions } from '../../common/server';
import { differs, reloadOnReturn } from '../../common/refresh';
import { runCall, statusLine } from '../../common/status';
import { proposalCard, unmatchedItem } from './proposal-view';

const app = byId('app');
const list = byId('proposals');
const unmatched = byId('unmatched');
const summary = byId('summary');
const createButton = byId<HTMLButtonElement>('create');
const status = statusLine(byId('status'));
let current: CohortProposalData | null = null;
const accepting = operation();

function ticked(): number[] {
  return Array.from(list.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    .filter((box) => box.checked)
    .map((box) => Number(box.dataset.index));
}

function updateButton(): void {
  const n = ticked().length;
  createButton.textContent = n > 0 ? `Создать выбранные (${n})` : 'Создать выбранные';
  createButton.disabled = n === 0;
}

function show(data: CohortProposalData): void {
  current = data;
  summary.textContent = data.summary;
  replaceChildren(list, ...data.proposals.map((p, i) => proposalCard(p, i, updateButton)));
  replaceChildren(unmatched, ...data.unmatched.map(unmatchedItem));
  byId('unmatched-title').hidden = data.unmatched.length === 0;
  updateButton();
}

async function propose(done?: (data: CohortProposalData) => string): Promise<void> {
  const data = await runCall(app, status, () => serverFunctions.proposeCohort(), {
    busy: 'Подбираем пары…',
    done,
  });
  if (data) show(data);
  else updateButton();
}

async function create(): Promise<void> {
  if (!current) return;
  const chosen = ticked().map((i) => current?.proposals[i]);
  const proposals = chosen.flatMap((p) => (p ? [{ mentorId: p.mentorId, menteeIds: p.menteeIds }] : []));
  const result = await runCall(
    app,
    status,
    () => accepting.send(proposals, (id) => serverFunctions.acceptProposals(proposals, id)),
    { busy: 'Создаём пары и группы…' },
  );
  if (!result) return updateButton();
  const ids = result.created.map((c) => c.id).join(', ');
  const created = `Создано (статус «проект»): ${result.created.length} — ${ids}.`;
  await propose((next) =>
    next.proposals.length > 0
      ? `${created} Для остальных ждущих — новые предложения ниже.`
      : `${created} Больше предложить некого.`,
  );
}

createButton.addEventListener('click', () => void create());
byId('again').addEventListener('click', () => void propose());
void propose();
// Back in the sidebar after the sheets changed (a withdrawal, pairs made elsewhere): proposals made again.
reloadOnReturn(
  () => serverFunctions.proposeCohort(),
  (fresh) => {
    if (!differs(current, fresh)) return;
    show(fresh);
    status.ok('Данные в таблице изменились — предложения составлены заново.');
  },
);
