import { idInActiveRow } from '../../../src/gas/registry/active-row';
import { addMentee, addMentor, createMentorship } from '../endpoints';
import { fromSidebar, menteeInput, mentorInput, setUpWorkspace } from '../registry-fixture';

describe('the ID of the curator’s row', () => {
  it('finds the pair of a row of «Пары и группы», the mentor named in it, and nothing on a header', () => {
    const { ws, done } = setUpWorkspace();
    try {
      fromSidebar(ws, () => addMentor(mentorInput()));
      fromSidebar(ws, () => addMentee(menteeInput()));
      const pair = { mentorId: 'НК-0001', menteeIds: ['НЯ-0001'], form: 'педагог – педагог' };
      fromSidebar(ws, () => createMentorship({ ...pair, kinds: ['традиционное (один на один)'] }));
      ws.spreadsheet.select('Пары и группы!E2');
      expect(fromSidebar(ws, () => [idInActiveRow('ПГ'), idInActiveRow('НК'), idInActiveRow('ПР')])).toEqual([
        'ПГ-0001',
        'НК-0001',
        undefined,
      ]);
      ws.spreadsheet.select('Пары и группы!A1');
      expect(fromSidebar(ws, () => idInActiveRow('ПГ'))).toBeUndefined();
      ws.spreadsheet.select('Наставники!B40');
      expect(fromSidebar(ws, () => idInActiveRow('НК'))).toBeUndefined();
    } finally {
      done();
    }
  });
});
