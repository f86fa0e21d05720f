import { platformWorkspace } from './test-kit';

describe('ws.platform.Date', () => {
  it('gives the emulator clock for "now" and moves with advanceClock', () => {
    const { ws } = platformWorkspace();
    const ClockDate = ws.platform.Date;
    expect(new ClockDate().toISOString()).toBe('2025-09-01T07:00:00.000Z');
    ws.platform.advanceClock(60_000);
    expect(ClockDate.now()).toBe(Date.parse('2025-09-01T07:01:00.000Z'));
  });

  it('behaves as Date for explicit times', () => {
    const { ws } = platformWorkspace();
    const ClockDate = ws.platform.Date;
    const d = new ClockDate(2025, 0, 31);
    expect(d instanceof Date).toBe(true);
    expect(new ClockDate('2025-09-01T00:00:00Z').getTime()).toBe(Date.UTC(2025, 8, 1));
    expect(d.getMonth()).toBe(0);
  });
});

describe('ws.platform.Date in the script realm', () => {
  it('shares the host prototype, so Dates pass instanceof both ways as in one Apps Script realm', () => {
    const { ws } = platformWorkspace();
    const ScriptDate = ws.platform.Date;
    expect(new Date(2025, 8, 1) instanceof ScriptDate).toBe(true);
    expect(new ScriptDate() instanceof Date).toBe(true);
    expect(Object.getPrototypeOf(new ScriptDate())).toBe(Date.prototype);
  });
});
