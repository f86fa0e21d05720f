import { MODEL_ROADMAP } from '../../../src/domain/registry/model-roadmap';
import { roadmapForYear } from '../../../src/domain/registry/roadmap-for-year';
import { RoadmapItemSchema } from '../../../src/domain/registry/entities/records';

describe('the model roadmap', () => {
  it('has the seven stages of the Положение', () => {
    expect(MODEL_ROADMAP.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(MODEL_ROADMAP[1].title).toBe('Формирование банка наставляемых');
  });

  const year = roadmapForYear('2025-09-01');
  const item = (number: string) => year.find((i) => i.number === number);

  it('dates September items in the autumn of the starting year', () => {
    expect(item('1.1')).toMatchObject({
      months: 'сентябрь',
      deadline: '2025-09-30',
      status: 'запланировано',
    });
  });

  it('dates the summer stages (July, August) at the end of the year, none before it starts', () => {
    expect(item('2.1')).toMatchObject({ months: 'июль', deadline: '2026-07-31' });
    expect(item('4.2')).toMatchObject({ months: 'август', deadline: '2026-08-31' });
    for (const i of year)
      expect(i.deadline && i.deadline >= '2025-09-01' && i.deadline <= '2026-08-31').toBe(true);
  });

  it('dates May items in the spring of the next calendar year', () => {
    expect(item('6.3')).toMatchObject({ months: 'май', deadline: '2026-05-31' });
  });

  it('makes «в течение года» due at the end of the academic year, from settings when given', () => {
    expect(item('5.1')).toMatchObject({ months: 'в течение года', deadline: '2026-08-31' });
    expect(roadmapForYear('2025-09-01', '2026-05-31').find((i) => i.number === '5.1')?.deadline).toBe(
      '2026-05-31',
    );
  });

  it('gives rows that become valid roadmap items once they have an ID', () => {
    for (const row of year) expect(RoadmapItemSchema.safeParse({ ...row, id: 'ДК-0001' }).success).toBe(true);
    expect(year[0].stage).toBe(
      '1. Подготовка условий для реализации системы (целевой модели) наставничества',
    );
  });
});
