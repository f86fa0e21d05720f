import { MENU } from '../../src/app/menu';
import { showMenteeSidebar, showMentorSidebar, showMentorshipSidebar } from './endpoints';
import { installWorkspace } from './registry-fixture';

describe('the curator’s sidebars from the menu', () => {
  it.each([
    ['Добавить наставника', showMentorSidebar, 'Наставник', '<h1>Наставник</h1>'],
    ['Добавить наставляемого', showMenteeSidebar, 'Наставляемый', '<h1>Наставляемый</h1>'],
    ['Пара / группа', showMentorshipSidebar, 'Пара / группа', '<h1>Пара / группа</h1>'],
  ])('«%s» opens its built sidebar with a Russian title', (caption, show, title, heading) => {
    expect(MENU).toContainEqual({ caption, functionName: show.name });
    const { ws, done } = installWorkspace();
    try {
      ws.run(() => show(), { kind: 'menu' });
      expect(ws.spreadsheet.ui.sidebar?.title).toBe(title);
      expect(ws.spreadsheet.ui.sidebar?.html).toContain(heading);
    } finally {
      done();
    }
  });
});
