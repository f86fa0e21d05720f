/**
 * Issue 11, item 15: the demo workbook, built through the add-on's own functions, looks finished — every pair with
 * its programme, four different programmes, the roadmap in the academic year's own dates with the overdue item
 * marked as «Проверить данные» marks it, names beside the IDs, and «Настройки» without internal keys.
 */
import { compileScript, DIST } from '../../emulator/script-loader';
import { MARK_PREFIX } from '../../src/gas/registry/cell-marks';
import { DEMO_TODAY, DemoBuilder } from '../../playground/demo';
import { ScriptHost } from '../../playground/script-host';
import { workbookView, type SheetView } from '../../playground/workbook-view';

describe('the demo workbook', () => {
  let sheets: Map<string, SheetView>;
  let problems: string[];
  beforeAll(() => {
    const host = new ScriptHost(compileScript(DIST));
    problems = new DemoBuilder(host).build();
    sheets = new Map(workbookView(host.ws, { full: true }).sheets.map((s) => [s.name, s]));
  }, 120000);

  /** A sheet's data rows as records by header, as a person reads them. */
  const records = (name: string): Array<Record<string, string>> => {
    const [header, ...rows] = sheets.get(name)?.rows ?? [];
    return rows.map((row) => Object.fromEntries(header.map((h, i) => [h.text, row[i]?.text ?? ''])));
  };
  const day = (ru: string) => ru.split('.').reverse().join('-');

  it('is built without a problem', () => {
    expect(problems).toEqual([]);
  });

  it('has every pair with its programme, and four programmes that differ', () => {
    const pairs = records('Пары и группы');
    const programmes = records('Программы');
    expect(pairs).toHaveLength(4);
    expect(pairs.map((p) => p['Программа (ID)'])).toEqual(programmes.map((p) => p.ID));
    for (const field of ['Название', 'Описание проблемы', 'Цели', 'Задачи'])
      expect(new Set(programmes.map((p) => p[field])).size).toBe(4);
    expect(pairs[1]['Наставляемые (ФИО)']).toBe('Захарова Дарья Игоревна; Нуриев Тимур Маратович');
    expect(records('План мероприятий').every((e) => e['Пара/группа (ФИО)'].includes(' — '))).toBe(true);
  });

  it('dates the roadmap inside its academic year and marks the overdue item', () => {
    const settings = records('Настройки');
    const value = (parameter: string) =>
      settings.find((s) => s['Параметр'] === parameter)?.['Значение'] ?? '';
    const [start, end] = [day(value('Начало учебного года')), day(value('Окончание учебного года'))];
    const roadmap = records('Дорожная карта');
    expect(roadmap.every((r) => day(r['Срок (дата)']) >= start && day(r['Срок (дата)']) <= end)).toBe(true);
    const today = DEMO_TODAY.slice(0, 10);
    const overdue = roadmap.filter(
      (r) => day(r['Срок (дата)']) < today && !['выполнено', 'отменено'].includes(r['Статус']),
    );
    expect(overdue.map((r) => r['№'])).toEqual(['1.2']);
    const sheet = sheets.get('Дорожная карта');
    const row = (sheet?.rows ?? []).findIndex((r) => r[1]?.text === '1.2');
    const column = (sheet?.rows[0] ?? []).findIndex((c) => c.text === 'Срок (дата)');
    expect(sheet?.rows[row][column].note?.startsWith(MARK_PREFIX)).toBe(true);
    expect(records('Проверка данных').length).toBeGreaterThan(0);
  });

  it('shows «Настройки» filled in, with the parameters in Russian and the keys in a hidden column', () => {
    const sheet = sheets.get('Настройки');
    expect(sheet?.hiddenColumns).toEqual([1]);
    const shown = (sheet?.rows ?? []).flatMap((row) => row.filter((_, i) => i !== 0).map((c) => c.text));
    expect(shown.filter((text) => /^[a-z][A-Za-z]+$/.test(text))).toEqual([]);
    const settings = records('Настройки');
    expect(settings.find((s) => s['Параметр'] === 'Куратор: ФИО')?.['Значение']).toBe(
      'Петрова Анна Сергеевна',
    );
  });
});
