import { lastIdProperty } from '../../../src/app/registry/ids';
import { createMentorships, type NewMentorship } from '../../../src/app/mentorships/create-mentorships';
import { UserError } from '../../../src/domain/user-error';
import { addMentee, addMentor } from '../../gas/endpoints';
import { services } from '../../../src/gas/services';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../../gas/registry-fixture';

describe('creating pairs and groups in one batch', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  const call = <T>(fn: () => T): T => fromSidebar(ws, fn);
  const mentor = (o: Record<string, unknown> = {}) => call(() => addMentor(mentorInput(o))).id;
  const mentee = (o: Record<string, unknown> = {}) => call(() => addMentee(menteeInput(o))).id;
  const draft = (mentorId: string, menteeIds: string[]): NewMentorship => ({
    mentorId,
    menteeIds,
    form: 'педагог – педагог',
    kinds: [menteeIds.length > 1 ? 'в группе' : 'традиционное (один на один)'],
  });
  const create = (drafts: Parameters<typeof createMentorships>[1]) =>
    call(() => createMentorships(services(), drafts).created);
  const counter = () => PropertiesService.getDocumentProperties().getProperty(lastIdProperty('ПГ'));
  const journal = () => seen(ws, 'Журнал').slice(1);

  it('reads each sheet once, writes the rows in one go and the journal in one block', () => {
    const [a, b] = [mentor({ capacity: 3 }), mentor({ surname: 'Кузнецова', capacity: 3 })];
    const [x, y, z, w] = [1, 2, 3, 4].map((i) => mentee({ surname: `Наставляемая-${i}` }));
    const before = journal().length;
    ws.rt.counter.reset();
    const made = create([draft(a, [x]), draft(b, [y, z]), draft(a, [w])]);
    expect(ws.rt.counter.count('Range.getValues')).toBe(4); // mentors, mentees, pairs, the journal's header
    expect(ws.rt.counter.count('Range.setValues')).toBe(2); // the pairs, the journal
    expect(made.map((m) => [m.id, m.status])).toEqual([
      ['ПГ-0001', 'проект'],
      ['ПГ-0002', 'проект'],
      ['ПГ-0003', 'проект'],
    ]);
    expect(seen(ws, 'Пары и группы').map((r) => r[0])).toEqual(['ID', 'ПГ-0001', 'ПГ-0002', 'ПГ-0003']);
    expect(
      journal()
        .slice(before)
        .map((r) => [r[3], r[4]]),
    ).toEqual([
      ['Пара/группа: создан проект', `ПГ-0001; ${a}; ${x}`],
      ['Пара/группа: создан проект', `ПГ-0002; ${b}; ${y}; ${z}`],
      ['Пара/группа: создан проект', `ПГ-0003; ${a}; ${w}`],
    ]);
    expect(counter()).toBe('3');
  });

  it('counts the mentees of the same batch against a mentor’s places, and writes nothing when over', () => {
    const a = mentor({ capacity: 2 });
    const [x, y, z] = [1, 2, 3].map((i) => mentee({ surname: `Наставляемая-${i}` }));
    const before = journal().length;
    expect(() => create([draft(a, [x]), draft(a, [y]), draft(a, [z])])).toThrow(
      'может вести не более 2 наставляемых одновременно, а здесь их было бы 3',
    );
    expect(seen(ws, 'Пары и группы')).toHaveLength(1);
    expect(journal()).toHaveLength(before);
    expect(counter()).toBeNull();
    expect(create([draft(a, [x]), draft(a, [y])]).map((m) => m.id)).toEqual(['ПГ-0001', 'ПГ-0002']);
  });

  it('refuses self-mentoring and a group without its kind anywhere in the batch, burning no ID', () => {
    const a = mentor({ email: 'ivanova@example.ru' });
    const x = mentee();
    const self = mentee({ surname: 'Иванова', email: 'ivanova@example.ru' });
    expect(() => create([draft(a, [x]), draft(a, [self])])).toThrow('наставлять себя нельзя');
    expect(() => create([draft(a, [x]), { ...draft(a, [x, self]), kinds: ['реверсивное'] }])).toThrow(
      'добавьте вид «в группе»',
    );
    expect(seen(ws, 'Пары и группы')).toHaveLength(1);
    expect(counter()).toBeNull();
    expect(create([draft(a, [x])]).map((m) => m.id)).toEqual(['ПГ-0001']);
  });

  it('stops before any write when the caller’s own check on the tables refuses', () => {
    const a = mentor();
    const x = mentee();
    expect(() =>
      create((tables) => {
        expect(tables.mentors.entities.map((m) => m.id)).toEqual([a]);
        throw new UserError('Предложение устарело');
      }),
    ).toThrow('Предложение устарело');
    expect(seen(ws, 'Пары и группы')).toHaveLength(1);
    expect(counter()).toBeNull();
    expect(create(() => [draft(a, [x])]).map((m) => m.id)).toEqual(['ПГ-0001']);
  });
});
