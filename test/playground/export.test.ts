import ExcelJS from 'exceljs';
import type { Server } from 'node:http';
import path from 'node:path';
import { compileScript } from '../../emulator/script-loader';
import { startServer } from '../../playground/server';
import { PlaygroundSession } from '../../playground/session';
import { DIST } from '../../emulator/script-loader';

const ROOT = path.join(__dirname, '..', '..');

describe('the workbook exported to .xlsx', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const session = new PlaygroundSession(compileScript(DIST), 'demo', null);
    ({ server, url } = await startServer(session, { root: ROOT, port: 0 }));
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('opens with every sheet, its displayed values and frozen header', async () => {
    const response = await fetch(`${url}export/workbook.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const mentors = book.getWorksheet('Наставники');
    expect(mentors?.getRow(2).getCell(2).value).toBe('Соколова');
    expect(mentors?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(mentors?.getRow(1).getCell(2).note).toBeTruthy();
    expect(book.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Настройки', 'Пары и группы']),
    );
  });
});
