import '../../common/base.css';
import '../../common/kit.css';
import './style.css';
import type { MentorshipSidebarData } from '../../../src/app/mentorships/mentorship-sidebar';
import { byId, el, replaceChildren } from '../../common/dom';
import { serverFunctions } from '../../common/server';
import { differs, reloadOnReturn } from '../../common/refresh';
import { notListedLine } from '../../common/row-problems';
import { runCall, statusLine } from '../../common/status';
import { createForm } from './create-form';
import { detailsForm } from './details-form';
import { mentorshipLabel } from './names';
import { programmeSection, type ProgrammeSection } from './programme-section';
import { statusSection } from './status-section';

const NEW = '';
const root = byId('app');
const status = statusLine(el('p', { id: 'status', class: 'status' }));
const chooser = el('select', { id: 'mentorship', name: 'mentorship' });
const body = el('div', { id: 'body' });
const skipped = el('div', { class: 'muted', id: 'skipped' });
let first = true;
let data: MentorshipSidebarData | undefined;
/** The programme section shown, kept when only the status changes so unsaved edits survive. */
let shownProgramme: (ProgrammeSection & { id: string }) | undefined;

/** Takes the lists as loaded: the chooser's pairs and groups, with `wanted` chosen if it is still there. */
function takeLists(loaded: MentorshipSidebarData, wanted: string | undefined): void {
  data = loaded;
  replaceChildren(
    chooser,
    el('option', { value: NEW }, '— новая пара или группа —'),
    ...loaded.mentorships.map((m) => el('option', { value: m.id }, mentorshipLabel(m))),
  );
  chooser.value = loaded.mentorships.some((m) => m.id === wanted) ? (wanted as string) : NEW;
  notListedLine(skipped, loaded.skipped);
}

/** Loads the lists (one call) and shows the chosen pair or group, or the form of a new one. */
async function reload(select?: string, done?: string): Promise<void> {
  const loaded = await runCall(root, status, () => serverFunctions.loadMentorshipSidebar(), {
    busy: 'Загрузка…',
  });
  if (!loaded) return;
  // First load: open on the pair of the curator's row, if there is one.
  takeLists(loaded, select ?? (first ? loaded.selectedId : undefined) ?? chooser.value);
  first = false;
  show();
  if (done) status.ok(done);
}

/** Renders the part under the chooser for what is chosen. */
function show(): void {
  if (!data) return;
  const { choices } = data;
  const chosen = data.mentorships.find((m) => m.id === chooser.value);
  if (!chosen) {
    shownProgramme = undefined;
    replaceChildren(
      body,
      createForm(data, (id) => reload(id, `Создан проект ${id}. Дальше: приказ и программа.`)),
    );
    return;
  }
  if (shownProgramme?.id !== chosen.id) {
    shownProgramme = { id: chosen.id, ...programmeSection(chosen) };
  }
  replaceChildren(
    body,
    statusSection(chosen, choices, async (done, saved) => {
      await reload(chosen.id, done);
      if (saved.status === 'продлена' && saved.endDate) shownProgramme?.showExtension(saved.endDate);
    }),
    chosen.nextStatuses.length ? detailsForm(chosen, choices, (done) => reload(chosen.id, done)) : null,
    shownProgramme.section,
  );
}

// Back in the sidebar after the sheets changed (names, a withdrawal, another curator's pair): the lists follow,
// and what is shown is built again only if its own data changed, so unsaved input elsewhere survives.
reloadOnReturn(
  () => serverFunctions.loadMentorshipSidebar(),
  (fresh) => {
    if (!data) return;
    const before = data;
    const chosen = chooser.value;
    const pick = (d: MentorshipSidebarData) =>
      chosen === NEW ? [d.mentors, d.mentees] : d.mentorships.find((m) => m.id === chosen);
    takeLists(fresh, chosen);
    if (differs(pick(before), pick(fresh))) show();
  },
);

chooser.addEventListener('change', () => {
  status.clear();
  show();
});
root.append(
  el('div', { class: 'field' }, el('label', { for: 'mentorship' }, 'Пара или группа'), chooser),
  status.root,
  skipped,
  body,
);
void reload();
