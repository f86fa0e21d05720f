import { continueJob, jobProgress, startJob, type JobStep } from '../../../src/app/jobs/job';
import { DailyLimitError, UserError } from '../../../src/domain/user-error';
import { fakeServices } from '../fake-services';

/** A clock the test moves: each step of work takes `stepMs`. */
function timed(stepMs: number) {
  const { registry } = fakeServices();
  let now = Date.parse('2025-10-01T09:30:00Z');
  const s = { ...registry, clock: { now: () => new Date(now) } };
  return { s, tick: () => (now += stepMs) };
}

describe('a job: items done one at a time, a cursor that survives', () => {
  it('does every item once, in order, and reports a failed item without stopping the rest', () => {
    const { s, tick } = timed(1000);
    const done: string[] = [];
    const step: JobStep = (_s, key) => {
      tick();
      if (key === 'ПР-0002') throw new UserError('В программе ПР-0002 нет плана мероприятий.');
      done.push(key);
    };
    const job = startJob(s, {
      kind: 'programme-docs',
      title: 'Программы',
      keys: ['ПР-0001', 'ПР-0002', 'ПР-0003'],
    });
    expect(job).toMatchObject({ total: 3, processed: 0, finished: false });
    const progress = continueJob(s, job.id, step);
    expect(done).toEqual(['ПР-0001', 'ПР-0003']);
    expect(progress).toMatchObject({
      processed: 3,
      finished: true,
      failed: [{ key: 'ПР-0002', message: 'В программе ПР-0002 нет плана мероприятий.' }],
    });
    expect(continueJob(s, job.id, step).finished).toBe(true);
    expect(done).toHaveLength(2);
  });

  it('stops a chunk when its time is spent and resumes where it stopped', () => {
    const { s, tick } = timed(10_000);
    const done: string[] = [];
    const step: JobStep = (_s, key) => {
      tick();
      done.push(key);
    };
    const keys = ['НК-0001', 'НК-0002', 'НК-0003', 'НК-0004', 'НК-0005'];
    const job = startJob(s, { kind: 'letters', title: 'Письма', keys });
    expect(continueJob(s, job.id, step, 25_000)).toMatchObject({ processed: 3, finished: false });
    expect(continueJob(s, job.id, step, 25_000)).toMatchObject({ processed: 5, finished: true });
    expect(done).toEqual(keys);
  });

  it('keeps an item to do when its step fails for a reason that is not the person’s, and does it on resume', () => {
    const { s } = timed(1);
    let attempts = 0;
    const flaky: JobStep = () => {
      attempts++;
      if (attempts === 1) throw new Error('Service unavailable: Documents');
    };
    const job = startJob(s, { kind: 'docs', title: 'Документы', keys: ['ПК-0001'] });
    expect(() => continueJob(s, job.id, flaky)).toThrow('Service unavailable');
    expect(jobProgress(s, job.id)).toMatchObject({ processed: 0, finished: false });
    expect(continueJob(s, job.id, flaky)).toMatchObject({ processed: 1, finished: true, failed: [] });
  });

  it("stops at the day's limit with the item still to do, says why, and goes on from it the next day", () => {
    const { s } = timed(1);
    let limitSpent = false;
    const done: string[] = [];
    const step: JobStep = (_s, key) => {
      if (key === 'ПР-0002' && !limitSpent) {
        limitSpent = true;
        throw new DailyLimitError('Google не даёт создать сегодня больше документов.');
      }
      done.push(key);
    };
    const job = startJob(s, { kind: 'docs', title: 'Документы', keys: ['ПР-0001', 'ПР-0002', 'ПР-0003'] });
    expect(continueJob(s, job.id, step)).toEqual({
      ...job,
      processed: 1,
      stopped: 'Google не даёт создать сегодня больше документов.',
    });
    expect(continueJob(s, job.id, step)).toMatchObject({ processed: 3, finished: true, failed: [] });
    expect(done).toEqual(['ПР-0001', 'ПР-0002', 'ПР-0003']);
  });

  it('runs each item under the document lock', () => {
    const { registry, lock } = fakeServices();
    const held: boolean[] = [];
    const job = startJob(registry, { kind: 'docs', title: 'Документы', keys: ['ПК-0001', 'ПК-0002'] });
    continueJob(registry, job.id, () => held.push(lock.held));
    expect(held).toEqual([true, true]);
  });

  it('says in Russian when there is nothing to do, too much at once, or no such job', () => {
    const { registry } = fakeServices();
    expect(() => startJob(registry, { kind: 'docs', title: 'Документы', keys: [] })).toThrow(
      'ничего не выбрано',
    );
    const many = Array.from({ length: 301 }, (_, i) => `ПР-${String(i + 1).padStart(4, '0')}`);
    expect(() => startJob(registry, { kind: 'docs', title: 'Документы', keys: many })).toThrow(
      'не больше 300',
    );
    expect(() => jobProgress(registry, 'docs-unknown')).toThrow('Задание не найдено');
  });
});
