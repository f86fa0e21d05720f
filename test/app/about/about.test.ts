import { aboutInfo, FEATURES } from '../../../src/app/about/about';
import { MENU } from '../../../src/app/menu';

describe('«О программе»', () => {
  it('names only features a curator can open from the menu', () => {
    const captions = MENU.flatMap((entry) => (entry === 'separator' ? [] : [entry.caption]));
    for (const feature of FEATURES) expect(captions).toContain(feature.menuItem);
  });

  it('names every feature of the menu: a menu item that lands needs its phrase in FEATURES', () => {
    /** Items that are no feature of their own: setting up, the second bank's form, and this very sidebar. */
    const notFeatures = ['Настроить таблицу', 'Добавить наставляемого', 'О программе'];
    const captions = MENU.flatMap((entry) => (entry === 'separator' ? [] : [entry.caption]));
    const named = new Set(FEATURES.map((f) => f.menuItem));
    expect(captions.filter((c) => !notFeatures.includes(c) && !named.has(c))).toEqual([]);
  });

  it('says what the add-on does, in the order of the menu', () => {
    const { summary } = aboutInfo('1.0.0', 'Реестр');
    expect(summary).toBe(
      'Реестр системы (целевой модели) наставничества педагогических работников в одной таблице: банки ' +
        'наставников и наставляемых; пары и группы с персонализированными программами и планами мероприятий; ' +
        'подбор наставника с объяснением; подбор пар для всех ожидающих сразу; приказы и персонализированные ' +
        'программы в Google Документах, с журналом приказов; анкеты в Google Формах по личным ссылкам, с ' +
        'результатами без дублей и рассылкой ссылок; учёт обучения и наград наставников; годовой отчёт с ' +
        'диаграммами и аналитическая справка в Google Документе; проверка данных, введённых вручную; список ' +
        'того, что требует внимания, с еженедельной сводкой на почту; отзыв согласия на обработку персональных ' +
        'данных. Каждое действие дополнения записывается на лист «Журнал».',
    );
  });
});
