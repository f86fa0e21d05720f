import { analyticalNote } from '../../../src/domain/report/analytical-note';
import { buildAnnualReport } from '../../../src/domain/report/annual-report';
import { SETTINGS } from './kindergarten';
import { yearOfData } from './year-data';

/** The benchmark's large school: 2,000 people, 1,000 pairs and groups, 12,000 plan events, 8,000 answers. */
const LARGE = {
  mentors: 600,
  mentees: 1400,
  mentorships: 1000,
  events: 12_000,
  answers: 8000,
  training: 1500,
};

describe('the annual report at the scale of the benchmark', () => {
  const input = yearOfData(42, LARGE);

  it('is the size the issue names', () => {
    expect(input.mentors.length + input.mentees.length).toBe(2000);
    expect(input.mentorships).toHaveLength(1000);
    expect(input.planEvents).toHaveLength(12_000);
    expect(input.questionnaires).toHaveLength(8000);
  });

  it('computes the tables and the note well under a second, even the first time', () => {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const report = buildAnnualReport(input);
      analyticalNote(report, SETTINGS);
      times.push(performance.now() - started);
      expect(report.figures.mentorships.total).toBeGreaterThan(500);
    }
    console.log(
      `annual report, 2,000 people: first ${times[0].toFixed(0)} ms, then ${times
        .slice(1)
        .map((t) => t.toFixed(0))
        .join(', ')} ms`,
    );
    expect(times[0]).toBeLessThan(1000);
  });
});
