/**
 * «Подготовить приказ…» on the emulator, through the endpoints a sidebar calls: the preview, the order made as a
 * Google Doc with its row in «Приказы», its signing, the consent gate, numbering under two executions at once, and
 * a creation stopped at every service call, then sent again.
 */
import { EXECUTION_TIME_LIMIT_MESSAGE } from '../../../emulator/core/runtime';
import { Workspace, type WorkspaceSnapshot } from '../../../emulator/workspace';
import {
  addMentee,
  addMentor,
  createMentorship,
  createOrder,
  listMentorships,
  loadOrderSidebar,
  previewOrder,
  setOrderStatus,
  updateMentee,
} from '../endpoints';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';
import { pointsToTry } from '../operations/points';

const PAIR = { form: 'педагог – педагог', kinds: ['традиционное (один на один)'] };

/** Two mentors, two mentees, two pairs in «проект». */
function twoPairs(ws: Workspace): void {
  fromSidebar(ws, () =>
    addMentor(mentorInput({ surname: 'Иванова', firstName: 'Мария', patronymic: 'Петровна' })),
  );
  fromSidebar(ws, () =>
    addMentor(
      mentorInput({
        surname: 'Осадчий',
        firstName: 'Лев',
        patronymic: 'Андреевич',
        position: 'музыкальный руководитель',
      }),
    ),
  );
  fromSidebar(ws, () =>
    addMentee(menteeInput({ surname: 'Шевчук', firstName: 'Любовь', patronymic: 'Павловна' })),
  );
  fromSidebar(ws, () =>
    addMentee(menteeInput({ surname: 'Кузьмич', firstName: 'Никита', patronymic: 'Ильич' })),
  );
  fromSidebar(ws, () => createMentorship({ ...PAIR, mentorId: 'НК-0001', menteeIds: ['НЯ-0001'] }));
  fromSidebar(ws, () => createMentorship({ ...PAIR, mentorId: 'НК-0002', menteeIds: ['НЯ-0002'] }));
}

const ASSIGN = { kind: 'assign-mentorships', date: '2025-09-01', mentorshipIds: ['ПГ-0001', 'ПГ-0002'] };

describe('orders as Google Docs', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => {
    ({ ws, done } = setUpWorkspace());
    twoPairs(ws);
  });
  afterEach(() => done());

  it('preselects the pairs in «проект» without an order, and previews the text with every name declined', () => {
    const choices = fromSidebar(ws, () => loadOrderSidebar());
    expect(choices.kinds.find((k) => k.id === 'assign-mentorships')?.preselected).toEqual([
      'ПГ-0001',
      'ПГ-0002',
    ]);
    const preview = fromSidebar(ws, () => previewOrder(ASSIGN));
    expect(preview.number).toBe('1');
    expect(preview.leftOut).toEqual([]);
    expect(preview.lines).toContain('ПРИКАЗ');
    expect(preview.lines).toContain('ПРИКАЗЫВАЮ:');
    expect(preview.lines).toContain(
      '1 | Иванова Мария Петровна, воспитатель | Шевчук Любовь Павловна, воспитатель | Педагог – педагог | ' +
        'Традиционное (один на один) | [не заполнено: Срок]',
    );
    // The curator in the dative, from «Настройки»; the pairs have no term yet, and the preview says so.
    expect(
      preview.lines.some((l) =>
        l.includes('Куратору реализации персонализированных программ наставничества Петровой А. С.'),
      ),
    ).toBe(true);
    expect(preview.missing).toEqual([expect.stringContaining('Срок'), expect.stringContaining('Срок')]);
    expect(preview.lines.join('\n')).not.toContain('{{');
    // Nothing is written by a preview.
    expect(
      seen(ws, 'Приказы')
        .slice(1)
        .filter((r) => r[0] !== ''),
    ).toEqual([]);
  });

  it('makes the order: its row in «Приказы» with the number, the document with the annex, then signing approves the pairs', () => {
    const made = fromSidebar(ws, () => createOrder(ASSIGN, 'order-create-0001'));
    expect(made).toMatchObject({ orderId: 'ПК-0001', number: '1' });
    const rows = seen(ws, 'Приказы')
      .slice(1)
      .filter((r) => r[0] !== '');
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 6)).toEqual([
      'ПК-0001',
      '1',
      '01.09.2025',
      'о закреплении наставнических пар/групп',
      'О закреплении наставнических пар (групп) педагогических работников',
      'ПГ-0001; ПГ-0002',
    ]);
    expect(rows[0]).toContain(made.url);
    const id = made.url.split('/d/')[1].split('/')[0];
    const text = ws.docs.exportText(id);
    expect(text).toContain(
      'Осадчий Лев Андреевич, музыкальный руководитель | Кузьмич Никита Ильич, воспитатель',
    );
    expect(text).toContain('Е. В. Тимофеева');
    expect(text).not.toContain('{{');
    expect(ws.docs.drive.file(id)?.name).toBe(
      'Приказ № 1 от 01.09.2025 — О закреплении наставнических пар (групп) педагогических работников',
    );

    const signed = fromSidebar(ws, () =>
      setOrderStatus({ orderId: 'ПК-0001', status: 'подписан' }, 'order-sign-0001'),
    );
    expect(signed.mentorshipIds).toEqual(['ПГ-0001', 'ПГ-0002']);
    const pairs = fromSidebar(ws, () => listMentorships()).items;
    expect(pairs.map((p) => [p.id, p.status, p.orderId])).toEqual([
      ['ПГ-0001', 'утверждена', 'ПК-0001'],
      ['ПГ-0002', 'утверждена', 'ПК-0001'],
    ]);
    expect(seen(ws, 'Приказы')[1]).toContain('подписан');
    expect(fromSidebar(ws, () => loadOrderSidebar()).drafts).toEqual([]);
    expect(() => fromSidebar(ws, () => setOrderStatus({ orderId: 'ПК-0001', status: 'отменён' }))).toThrow(
      'уже подписан',
    );
  });

  it('leaves out a pair whose mentee has no consent, says why, and makes nothing while it is ticked', () => {
    fromSidebar(ws, () => updateMentee({ id: 'НЯ-0002', consent: false }));
    const preview = fromSidebar(ws, () => previewOrder(ASSIGN));
    expect(preview.leftOut).toEqual([
      { id: 'ПГ-0002', why: 'ПГ-0002: наставляемый НЯ-0002: нет согласия на обработку персональных данных' },
    ]);
    expect(preview.lines.join('\n')).not.toContain('Кузьмич');
    const before = JSON.stringify(ws.snapshot());
    expect(() => fromSidebar(ws, () => createOrder(ASSIGN))).toThrow('Приказ не создан: ПГ-0002');
    expect(JSON.stringify(ws.snapshot())).toBe(before);
    const made = fromSidebar(ws, () => createOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0001'] }));
    expect(ws.docs.exportText(made.url.split('/d/')[1].split('/')[0])).not.toContain('Кузьмич');
  });

  it('numbers orders made at once one after the other: never the same number, never a gap', () => {
    const start = ws.snapshot();
    ws.rt.counter.reset();
    fromSidebar(ws, () => createOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0001'] }, 'first-order-0001'));
    const calls = ws.rt.counter.total();
    for (const k of pointsToTry(calls)) {
      const other = Workspace.restore(start);
      const uninstall = other.install();
      try {
        other.rt.interleaveAt(k, () =>
          other.platform.locks._nested(() => {
            try {
              fromSidebar(other, () =>
                createOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0002'] }, 'second-order-0001'),
              );
            } catch (error) {
              // While the first holds the lock the second waits in vain here (it cannot outlast its caller): refused.
              if (!(error instanceof Error && error.message.startsWith('Таблицу сейчас изменяет')))
                throw error;
            }
          }),
        );
        fromSidebar(other, () => createOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0001'] }, 'first-order-0001'));
        const numbers = seen(other, 'Приказы')
          .slice(1)
          .filter((r) => r[0] !== '')
          .map((r) => r[1]);
        expect({ k, numbers: [...numbers].sort() }).toEqual({
          k,
          numbers: numbers.length === 2 ? ['1', '2'] : ['1'],
        });
      } finally {
        uninstall();
      }
    }
  });
});

describe('an order stopped part-way and sent again', () => {
  let start: WorkspaceSnapshot;
  beforeAll(() => {
    const { ws, done } = setUpWorkspace();
    twoPairs(ws);
    start = ws.snapshot();
    done();
  });

  /** What the curator ends with: the rows of «Приказы», the documents in Drive with their text. */
  function outcome(ws: Workspace) {
    const orders = ws.spreadsheet
      .displayValues('Приказы')
      .slice(1)
      .filter((r) => r[0] !== '')
      .map((r) => r.slice(0, 6).join(' / '));
    const docs = ws.docs.store.state.files
      .filter((f) => f.mimeType === 'application/vnd.google-apps.document' && !f.trashed)
      .map((f) => `${f.name}: ${ws.docs.exportText(f.id).length}`);
    return { orders, docs };
  }

  function run(kill?: number): { stopped: boolean; calls: number; result: ReturnType<typeof outcome> } {
    const ws = Workspace.restore(start);
    const done = ws.install();
    try {
      let stopped = false;
      ws.rt.counter.reset();
      if (kill !== undefined) {
        ws.rt.killAt({ occurrence: kill });
        try {
          fromSidebar(ws, () => createOrder(ASSIGN, 'order-create-0001'));
        } catch (error) {
          if (!(error instanceof Error && error.message === EXECUTION_TIME_LIMIT_MESSAGE)) throw error;
          stopped = true;
        }
      }
      fromSidebar(ws, () => createOrder(ASSIGN, 'order-create-0001'));
      return { stopped, calls: ws.rt.counter.total(), result: outcome(ws) };
    } finally {
      done();
    }
  }

  it('ends with one row and one document, exactly as one clean run, wherever it was stopped', () => {
    const { calls, result: clean } = run();
    expect(clean.orders).toHaveLength(1);
    // The order, and the default template listed in «Шаблоны документов» the first time.
    expect(clean.docs.map((d) => d.split(':')[0])).toEqual([
      'Шаблон — Приказ о закреплении наставнических пар (групп)',
      'Приказ № 1 от 01.09.2025 — О закреплении наставнических пар (групп) педагогических работников',
    ]);
    for (const k of pointsToTry(calls)) {
      const { stopped, result } = run(k);
      expect({ k, stopped, result }).toEqual({ k, stopped: true, result: clean });
    }
  });
});

describe('templates the curator can change', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => {
    ({ ws, done } = setUpWorkspace());
    twoPairs(ws);
  });
  afterEach(() => done());

  const templateRows = () =>
    seen(ws, 'Шаблоны документов')
      .slice(1)
      .filter((r) => r[0] !== '');
  const docIdOf = (url: string) => url.split('/d/')[1].split('/')[0];

  it('lists the default template the first time an order of a kind is made, and makes the next one from it as edited', () => {
    fromSidebar(ws, () => createOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0001'] }));
    const rows = templateRows();
    expect(rows.map((r) => r[0])).toEqual(['Приказ о закреплении наставнических пар (групп)']);
    const templateId = docIdOf(rows[0][1]);
    expect(ws.docs.exportText(templateId)).toContain('{{Наставник.ФИО}}');
    // The curator adds a point to the template in Google Docs.
    ws.run(
      () => {
        const body = DocumentApp.openById(templateId).getBody();
        body.appendParagraph('Особое распоряжение к приказу № {{Номер приказа}}.');
      },
      { kind: 'test' },
    );
    const preview = fromSidebar(ws, () => previewOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0002'] }));
    expect(preview.lines).toContain('Особое распоряжение к приказу № 2.');
    const made = fromSidebar(ws, () => createOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0002'] }));
    expect(ws.docs.exportText(docIdOf(made.url))).toContain('Особое распоряжение к приказу № 2.');
    expect(templateRows()).toHaveLength(1);
  });

  it('reports a broken template with where the mistake is, and makes nothing', () => {
    fromSidebar(ws, () => createOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0001'] }));
    const templateId = docIdOf(templateRows()[0][1]);
    ws.run(() => DocumentApp.openById(templateId).getBody().appendParagraph('Подпись {{Завхоз.ФИО}}'), {
      kind: 'test',
    });
    // What the curator can see: everything but the cache the add-on keeps read templates in.
    const visible = () => {
      const snapshot = ws.snapshot() as unknown as { platform: Record<string, unknown> };
      return JSON.stringify({ ...snapshot, platform: { ...snapshot.platform, cache: null } });
    };
    const before = visible();
    expect(() => fromSidebar(ws, () => previewOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0002'] }))).toThrow(
      /Завхоз\.ФИО/,
    );
    expect(() => fromSidebar(ws, () => createOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0002'] }))).toThrow(
      /Абзац \d+ \(«Подпись \{\{Завхоз\.ФИО\}\}»\): неизвестное поле «Завхоз\.ФИО»/,
    );
    expect(visible()).toBe(before);
  });

  it('says in Russian when the link in «Шаблоны документов» is not a Google Doc', () => {
    fromSidebar(ws, () => createOrder({ ...ASSIGN, mentorshipIds: ['ПГ-0001'] }));
    ws.spreadsheet.active.getSheetByName('Шаблоны документов')?.getRange(2, 2).setValue('мой шаблон');
    expect(() => fromSidebar(ws, () => previewOrder(ASSIGN))).toThrow(
      'Лист «Шаблоны документов», строка 2: «мой шаблон» — не ссылка на Google Документ.',
    );
  });
});
