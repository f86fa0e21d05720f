/**
 * A sidebar's load after a stopped operation completes that operation first: nothing half-written is shown. The
 * sharpest case: a consent withdrawal stopped after its first write must not let the person's name reappear.
 */
import { EXECUTION_TIME_LIMIT_MESSAGE } from '../../../emulator/core/runtime';
import { loadMentorSidebar, withdrawConsentOf } from '../endpoints';
import { everyText, fromSidebar } from '../registry-fixture';
import { smallRegistry, startingWorkspace } from './writing-actions';

describe('a sidebar opened after a stopped operation', () => {
  it('completes a stopped consent withdrawal before showing the bank', () => {
    const { ws, done } = startingWorkspace({
      name: 'withdraw',
      prepare: smallRegistry,
      run: () => undefined,
    });
    try {
      ws.rt.killAt({ method: 'Range.setValues' });
      expect(() => fromSidebar(ws, () => withdrawConsentOf('НК-0002', 'withdraw-0001'))).toThrow(
        EXECUTION_TIME_LIMIT_MESSAGE,
      );
      expect(ws.spreadsheet.displayValues('Наставники').flat()).toContain('Лебедева'); // stopped before its writes
      const shown = fromSidebar(ws, () => loadMentorSidebar());
      expect(JSON.stringify(shown).includes('Лебедева')).toBe(false);
      expect(everyText(ws).includes('Лебедева')).toBe(false);
    } finally {
      done();
    }
  });
});
