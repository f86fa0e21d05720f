/**
 * playground/examples/orders.json: from the demo kindergarten, one order of every kind through createOrder, the
 * programmes as documents in a batch, the order on the new pair signed. The documents are read as the head would
 * read them (the snapshot's text of each Google Doc) and the sheets as the curator would see them.
 */
import path from 'node:path';
import { compileScript, DIST } from '../../emulator/script-loader';
import { runScenarioData, runScenarioFile } from '../../playground/run-scenario';

const EXAMPLE = path.join(__dirname, '..', '..', 'playground', 'examples', 'orders.json');
const FIXTURE = path.join(__dirname, 'fixtures');

describe('the orders scenario, from the demo kindergarten', () => {
  const snapshot = runScenarioFile(compileScript(DIST), EXAMPLE);

  /** A sheet's rows below the header, each as { header: text }. */
  const rowsOf = (name: string): Record<string, string>[] => {
    const [header, ...rows] = snapshot.sheets.find((s) => s.name === name)?.values ?? [[]];
    return rows.filter((r) => r[0] !== '').map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };
  const documentAt = (url: string) => {
    const found = snapshot.documents.find((d) => url.includes(`/d/${d.id}/`));
    if (!found) throw new Error(`no document behind ${url}`);
    return found;
  };
  const orders = rowsOf('Приказы');
  const orderText = (title: string) => {
    const row = orders.find((o) => o['Заголовок'].startsWith(title));
    if (!row) throw new Error(`no order «${title}»`);
    return documentAt(row['Документ']).text;
  };
  const madeDocuments = () =>
    snapshot.documents.filter((d) =>
      /^(Приказ № |Программа наставничества |Соглашение участников )/.test(d.name),
    );

  it('runs every step as the scenario expects', () => {
    expect(snapshot.steps.filter((s) => !s.asExpected)).toEqual([]);
  });

  it('registers nine orders in «Приказы», numbered 1 to 9, one of every kind, each with its Google Doc', () => {
    expect(orders.map((o) => [o['ID'], o['Номер'], o['Дата'], o['Вид приказа'], o['Статус']])).toEqual([
      ['ПК-0001', '1', '20.11.2025', 'об утверждении Положения и дорожной карты', 'проект'],
      ['ПК-0002', '2', '20.11.2025', 'о назначении куратора', 'проект'],
      ['ПК-0003', '3', '20.11.2025', 'о закреплении наставнических пар/групп', 'подписан'],
      ['ПК-0004', '4', '20.11.2025', 'об утверждении персонализированных программ', 'проект'],
      ['ПК-0005', '5', '20.11.2025', 'о продлении, изменении, досрочном завершении', 'проект'],
      ['ПК-0006', '6', '20.11.2025', 'о продлении, изменении, досрочном завершении', 'проект'],
      ['ПК-0007', '7', '20.11.2025', 'о продлении, изменении, досрочном завершении', 'проект'],
      ['ПК-0008', '8', '20.11.2025', 'о проведении итогового мероприятия', 'проект'],
      ['ПК-0009', '9', '20.11.2025', 'о вынесении благодарности', 'проект'],
    ]);
    for (const order of orders) {
      expect(documentAt(order['Документ']).name).toBe(
        `Приказ № ${order['Номер']} от 20.11.2025 — ${order['Заголовок']}`,
      );
    }
  });

  it('makes every order read like an order the head signs: heading, number, ПРИКАЗЫВАЮ, points, signature, who is acquainted', () => {
    for (const order of orders) {
      const text = documentAt(order['Документ']).text;
      const lines = text.split('\n');
      const parts = [
        'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 7 «Солнышко»',
        'ПРИКАЗ',
        `20.11.2025 | № ${order['Номер']}`,
        'г. Светлогорск',
        order['Заголовок'],
        'ПРИКАЗЫВАЮ:',
        '1. ',
        'Контроль за исполнением настоящего приказа оставляю за собой.',
        'Заведующий |  | Е. В. Тимофеева',
        'С приказом ознакомлены:',
        'А. С. Петрова | _______________ | «____» ______________ 20___ г.',
      ];
      const at = parts.map((part) => lines.findIndex((line) => line.startsWith(part) || line.endsWith(part)));
      expect({ order: order['ID'], at }).toEqual({ order: order['ID'], at: [...at].sort((a, b) => a - b) });
      expect({ order: order['ID'], missing: parts.filter((_, i) => at[i] < 0) }).toEqual({
        order: order['ID'],
        missing: [],
      });
    }
  });

  it('leaves no tag and no blank in any order, programme or agreement document, and no doubled stop or number', () => {
    expect(madeDocuments()).toHaveLength(17);
    for (const { name, text } of madeDocuments()) {
      expect({ name, tags: text.match(/.*\{\{.*/g) }).toEqual({ name, tags: null });
      expect({ name, blanks: text.match(/.*\[не заполнено.*/g) }).toEqual({ name, blanks: null });
      expect({ name, doubled: text.match(/.*([^.]\.\.[^.]|\.;|;\.|,,).*/g) }).toEqual({
        name,
        doubled: null,
      });
      expect({ name, numbered: text.match(/^(\d+)\. \| \1\. .*/gm) }).toEqual({ name, numbered: null });
    }
  });

  it('says in each kind what the head orders, with names and positions declined', () => {
    const regulation = orderText('Об утверждении Положения');
    expect(regulation).toContain(
      '3. Поручить заместителю заведующего по ВМР Петровой Анне Сергеевне ознакомить педагогических работников',
    );
    expect(regulation).toContain(
      'Приложение 2\nк приказу от 20.11.2025 № 1\nДорожная карта (план мероприятий)',
    );
    expect(regulation).toContain(
      '1. | Подготовка условий для реализации системы (целевой модели) наставничества |  |  | \n1.1 | Приказ',
    );

    expect(orderText('О назначении куратора')).toContain(
      '1. Назначить заместителя заведующего по ВМР Петрову Анну Сергеевну куратором реализации персонализированных программ наставничества педагогических работников на 2025/2026 учебный год.',
    );

    const assign = orderText('О закреплении');
    expect(assign).toContain('утверждённым приказом от 20.11.2025 № 1');
    expect(assign).toContain('представить их куратору в срок до 5 декабря 2025 г.');
    expect(assign).toContain(
      '1 | Белов Андрей Сергеевич, инструктор по физической культуре | Новикова Мария Сергеевна, воспитатель | ' +
        'Педагог – педагог | Традиционное (один на один) | 01.12.2025 – 29.05.2026',
    );
    expect(assign).toMatch(/^А\. С\. Белов \| _+ \|/m);
    expect(assign).toMatch(/^М\. С\. Новикова \| _+ \|/m);

    const programmes = orderText('Об утверждении персонализированных программ');
    expect(programmes).toContain(
      '2 | Школа молодого воспитателя: ФОП ДО и планирование | Ким Татьяна Олеговна, старший воспитатель | ' +
        'Захарова Дарья Игоревна, воспитатель; Нуриев Тимур Маратович, воспитатель | 15.09.2025 – 29.05.2026',
    );

    expect(orderText('О продлении')).toMatch(
      /^1 \| Ким Татьяна Олеговна, старший воспитатель \| Орлова Любовь Петровна, музыкальный руководитель \| Адаптация музыкального руководителя на новом месте \| .* \| 29\.05\.2026$/m,
    );

    expect(orderText('О внесении изменений')).toContain(
      '| Школа молодого воспитателя: ФОП ДО и планирование | Встречи перенесены с четверга на вторник, взаимопосещение занятий — на апрель 2026 года',
    );

    expect(orderText('О досрочном завершении')).toContain(
      '1 | Гарипова Алсу Ринатовна, педагог-психолог | Смирнова Екатерина Алексеевна, воспитатель | ' +
        'Инклюзивная практика в группе: дети с особыми образовательными потребностями | 20.11.2025 | ' +
        'По инициативе наставляемого (уважительные обстоятельства)',
    );

    const event = orderText('О проведении итогового мероприятия');
    expect(event).toContain(
      '1. Провести 22 мая 2026 г. итоговое мероприятие по реализации системы (целевой модели) наставничества ' +
        'педагогических работников — педагогический совет «Итоги реализации программ наставничества» (музыкальный зал).',
    );
    expect(event).toContain(
      '2. Назначить ответственным за подготовку и проведение итогового мероприятия заместителя заведующего по ВМР Петрову Анну Сергеевну.',
    );

    expect(orderText('Об объявлении благодарности')).toContain(
      [
        '1. Объявить благодарность:',
        '– Соколовой Ирине Викторовне, воспитателю, за подготовку молодого воспитателя к открытому занятию;',
        '– Ким Татьяне Олеговне, старшему воспитателю, за организацию школы молодого воспитателя.',
      ].join('\n'),
    );
  });

  it('makes one document per programme in a batch that says how many first, each linked from «Программы»', () => {
    const start = snapshot.steps.find((s) => 'call' in s.do && s.do.call === 'startProgrammeDocuments');
    const chunk = snapshot.steps.find((s) => 'call' in s.do && s.do.call === 'continueProgrammeDocuments');
    expect(start?.result).toMatchObject({
      total: 8,
      processed: 0,
      summary: 'Будет создано 8 новых документов.',
    });
    expect(chunk?.result).toMatchObject({
      processed: 8,
      finished: true,
      failed: [],
      summary: 'Готово 8 из 8.',
    });

    const programmes = rowsOf('Программы');
    expect(programmes.map((p) => p['ID'])).toEqual(['ПР-0001', 'ПР-0002', 'ПР-0003', 'ПР-0004']);
    for (const programme of programmes) {
      const document = documentAt(programme['Документ']);
      expect(document.name).toBe(`Программа наставничества ${programme['ID']} — ${programme['Название']}`);
      for (const part of [
        'ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ',
        `«${programme['Название']}»`,
        `1.3. Содержание деятельности наставника и наставляемого\n${programme['Содержание деятельности']}\n`,
        `1.7. Условия реализации программы\n${programme['Условия']}\n`,
        '2. План мероприятий',
        'Куратор | _______________ | А. С. Петрова',
      ])
        expect(document.text).toContain(part);
    }
    expect(documentAt(programmes[2]['Документ']).text).toContain(
      'Программа реализуется с 1 октября 2025 г. по 30 января 2026 г., продлена до 29 мая 2026 г.',
    );
  });

  it("makes each programme's participants' agreement, linked in «Соглашение», signed by the head for the organisation", () => {
    const programmes = rowsOf('Программы');
    for (const programme of programmes) {
      const document = documentAt(programme['Соглашение']);
      expect(document.name).toBe(
        `Соглашение участников программы наставничества ${programme['ID']} — ${programme['Название']}`,
      );
      expect(document.text).toContain('СОГЛАШЕНИЕ');
      expect(document.text).toContain(`«${programme['Название']}»`);
      expect(document.text).toContain('действующего на основании устава');
      expect(document.text).not.toContain('{{');
    }
  });

  it('approves the pair of the signed order with the order’s ID, and no other pair', () => {
    const pairs = rowsOf('Пары и группы').map((p) => [p['ID'], p['Статус'], p['Приказ (ID)']]);
    expect(pairs).toEqual([
      ['ПГ-0001', 'идёт', ''],
      ['ПГ-0002', 'идёт', ''],
      ['ПГ-0003', 'продлена', ''],
      ['ПГ-0004', 'прекращена досрочно', ''],
      ['ПГ-0005', 'утверждена', 'ПК-0003'],
    ]);
    expect(rowsOf('Журнал').map((r) => r['Действие'])).toContain('Приказ № 3: подписан');
  });
});

describe('a scenario call that takes an earlier step’s result', () => {
  it('says in Russian which step it needed when that step failed', () => {
    const snapshot = runScenarioData(
      compileScript(FIXTURE),
      {
        steps: [
          { call: 'noSuchFunction', as: 'sidebar' },
          { call: 'dateFacts', args: [{ resultOf: 1, field: 'id' }] },
        ],
      },
      '.',
    );
    expect(snapshot.steps[1]).toMatchObject({
      ok: false,
      error: 'Шаг 1, на результат которого ссылается "resultOf", не выполнен',
    });
  });
});
