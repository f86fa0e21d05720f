import { EVENT_SUGGESTIONS, suggestionsFor } from '../../../src/domain/programmes/event-suggestions';
import { DIRECTIONS } from '../../../src/domain/vocabulary';

describe('event suggestions by direction', () => {
  it('offer typical events with a form and a reporting form for each of the eight directions', () => {
    expect(Object.keys(EVENT_SUGGESTIONS).sort()).toEqual([...DIRECTIONS].sort());
    for (const events of Object.values(EVENT_SUGGESTIONS)) {
      expect(events.length).toBeGreaterThanOrEqual(3);
      for (const e of events) {
        expect(e.event.trim()).not.toBe('');
        expect(e.form.trim()).not.toBe('');
        expect(e.reportingForm.trim()).not.toBe('');
      }
    }
  });

  it("put the mentee's requested directions first, then the rest, each direction once", () => {
    const list = suggestionsFor(['здоровьесбережение', 'методические']);
    expect(list.map((s) => s.direction).slice(0, 3)).toEqual([
      'методические',
      'здоровьесбережение',
      'научно-теоретические',
    ]);
    expect(new Set(list.map((s) => s.direction)).size).toBe(DIRECTIONS.length);
  });

  it('ignore a request that is not a direction and keep the usual order without requests', () => {
    expect(suggestionsFor(['что-то своё']).map((s) => s.direction)).toEqual([...DIRECTIONS]);
  });
});
