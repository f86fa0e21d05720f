/** The registry as Apps Script runs it: dist/Code.js in one global context, sidebars over google.script.run. */
import { Workspace } from '../../emulator/workspace';
import { loadBundle } from '../../emulator/script-loader';
import { menteeInput, mentorInput } from '../gas/registry-fixture';

describe('the registry in the built bundle', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
    loadBundle(ws);
    ws.call('setupWorkbook', [], { kind: 'menu' });
  });

  it('sets the workbook up from the menu', () => {
    expect(ws.spreadsheet.displayValues('Наставники')[0][0]).toBe('ID');
    expect(ws.spreadsheet.ui.toasts.at(-1)?.message).toContain('Готово');
  });

  it('answers every sidebar call with data google.script.run can carry', () => {
    const mentor = ws.html.invoke('addMentor', [mentorInput()]);
    const mentee = ws.html.invoke('addMentee', [menteeInput()]);
    expect(mentor).toMatchObject({ ok: true, value: { id: 'НК-0001' } });
    expect(mentee).toMatchObject({ ok: true, value: { id: 'НЯ-0001' } });
    // A date written by the script is a date in the sheet (one realm), shown as a curator reads it.
    const header = ws.spreadsheet.displayValues('Наставники')[0];
    const consentDate = ws.spreadsheet.displayValues('Наставники')[1][header.indexOf('Дата согласия')];
    expect(consentDate).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    const pair = ws.html.invoke('createMentorship', [
      {
        mentorId: 'НК-0001',
        menteeIds: ['НЯ-0001'],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
      },
    ]);
    expect(pair).toMatchObject({ ok: true, value: { id: 'ПГ-0001', status: 'проект' } });
    for (const [name, args] of [
      ['loadMentorSidebar', []],
      ['loadMenteeSidebar', []],
      ['loadMentorshipSidebar', []],
      ['loadProgrammeSidebar', ['ПГ-0001']],
      ['loadMatchSidebar', []],
      ['proposeCohort', []],
      ['loadAboutSidebar', []],
    ] as const) {
      expect(ws.html.invoke(name, [...args])).toMatchObject({ ok: true });
    }
    expect(ws.html.invoke('updateMentorship', [{ id: 'ПГ-0001', status: 'утверждена' }])).toMatchObject({
      ok: true,
      value: { status: 'утверждена' },
    });
  });

  it('hands a mistake to the failure handler as a Russian UserError', () => {
    const result = ws.html.invoke('createMentorship', [{ mentorId: 'НК-0009', menteeIds: ['НЯ-0001'] }]);
    expect(result).toMatchObject({ ok: false, error: { name: 'UserError' } });
    expect(result.ok ? '' : result.error.message).toContain(
      'Проверьте данные. «Форма наставничества»: не заполнено',
    );
  });

  it('withdraws consent from the menu, after asking whose and showing them', () => {
    ws.html.invoke('addMentor', [mentorInput({ surname: 'Щербакова' })]);
    ws.spreadsheet.ui.scriptAnswers([{ button: 'OK', text: 'НК-0001' }, 'YES', 'OK']);
    ws.call('withdrawConsent', [], { kind: 'menu' });
    expect(ws.spreadsheet.ui.alerts.at(-1)?.prompt).toContain('Персональные данные удалены (НК-0001)');
    expect(ws.spreadsheet.ui.alerts.at(-2)?.prompt).toContain('Щербакова'); // the question showed whose data
    const { ui: _dialogs, ...workbook } = ws.snapshot().spreadsheet as { ui: unknown };
    expect(JSON.stringify(workbook).includes('Щербакова')).toBe(false);
  });

  it('exposes only what the menu and the sidebars call', () => {
    expect(ws.html.invoke('listMentors', [])).toMatchObject({ ok: false });
    expect(ws.html.invoke('saveProgramme', [{}])).toMatchObject({ ok: false });
  });
});
