import type { DocumentKind, OrderContexts } from '../../../src/domain/documents/contexts';
import { fillDocument } from '../../../src/domain/documents/documents';
import { documentText } from '../../../src/domain/documents/document-text';
import { DOCUMENT_KIND_IDS, DOCUMENT_KINDS } from '../../../src/domain/documents/kinds';
import { blankFor } from '../../../src/domain/documents/render';
import { ORDER_KINDS } from '../../../src/domain/vocabulary';
import { AGREEMENT_DATA, LANGUAGE, ORDERS, PROGRAMME_DATA } from './sample';

const ORDER_IDS = Object.keys(ORDERS) as (keyof OrderContexts)[];

function made(kind: DocumentKind) {
  const context =
    kind === 'programme' ? PROGRAMME_DATA : kind === 'agreement' ? AGREEMENT_DATA : ORDERS[kind];
  return fillDocument(kind, DOCUMENT_KINDS[kind].template(), context as never, LANGUAGE);
}

function text(kind: DocumentKind): string {
  return documentText(made(kind).document);
}

/** The lines of «С приказом ознакомлены»: a name with initials first, a line to sign, a line for the date. */
function acquainted(...names: string[]): string {
  return [
    'С приказом ознакомлены:',
    ...names.map((n) => `${n} | _______________ | «____» ______________ 20___ г.`),
  ].join('\n');
}

describe('the default documents read as a head would sign them', () => {
  it('fills every field of every kind from its data: no tag and no blank left', () => {
    for (const kind of DOCUMENT_KIND_IDS) {
      const { document, missing } = made(kind);
      const all = documentText(document);
      expect({
        kind,
        missing,
        tags: all.includes('{{'),
        blanks: all.includes(blankFor('').slice(0, -1)),
      }).toEqual({
        kind,
        missing: [],
        tags: false,
        blanks: false,
      });
    }
  });

  it.each(ORDER_IDS)(
    'lays out «%s» with the requisites, «ПРИКАЗЫВАЮ:», the control point and the signature',
    (kind) => {
      const definition = DOCUMENT_KINDS[kind];
      const lines = text(kind).split('\n');
      expect(lines.slice(0, 5)).toEqual([
        'Государственное бюджетное дошкольное образовательное учреждение детский сад № 64 комбинированного вида Невского района Санкт-Петербурга',
        'ПРИКАЗ',
        '01.09.2025 | № 45-о',
        'Санкт-Петербург',
        definition.title,
      ]);
      expect(lines[5]).toMatch(/^(В соответствии с|По итогам) /);
      expect(lines[6]).toBe('ПРИКАЗЫВАЮ:');
      expect(lines[7]).toMatch(/^1\. [А-Я]/);
      expect(lines).toContain('Заведующий |  | Е. В. Тимофеева');
      const control = lines.findIndex((l) =>
        / Контроль за исполнением настоящего приказа оставляю за собой\.$/.test(l),
      );
      expect(control).toBeGreaterThan(7);
      expect(lines.indexOf('С приказом ознакомлены:')).toBeGreaterThan(control);
      expect(ORDER_KINDS).toContain(definition.orderKind);
    },
  );

  it('sets the page as docs/orders.md says: A4 margins 20/10/20/30 mm, one type of 14 pt, single spacing', () => {
    expect(made('assign-mentorships').document.page).toEqual({
      marginsMm: { top: 20, right: 10, bottom: 20, left: 30 },
      fontFamily: 'PT Serif',
      fontSizePt: 14,
      lineSpacing: 1,
    });
  });

  it("approves the Положение and gives the year's roadmap as annex 2, by stage", () => {
    const order = text('approve-regulation');
    expect(order).toContain(
      '3. Поручить старшему воспитателю Смирновой Ольге Николаевне ознакомить педагогических работников с Положением и дорожной картой под подпись',
    );
    expect(order).toContain(
      'совместное письмо Министерства просвещения Российской Федерации и Общероссийского Профсоюза образования от 21.12.2021 № АЗ-1128/08/657',
    );
    expect(order).toContain(
      [
        'Приложение 2',
        'к приказу от 01.09.2025 № 45-о',
        'Дорожная карта (план мероприятий) по реализации Положения о системе (целевой модели) наставничества педагогических работников на 2025/2026 учебный год',
        '№ | Содержание деятельности | Сроки | Ответственный | Ожидаемый результат',
        '1. | Подготовка условий |  |  | ',
        '1.1 | Приказ об утверждении Положения | Сентябрь | Руководитель, куратор | ',
        '1.2 | Приказ о закреплении наставнических пар/групп | Сентябрь |  | ',
        '2. | Формирование банка наставляемых |  |  | ',
        '2.1 | Сбор информации о профессиональных запросах педагогов | Июль |  | ',
      ].join('\n'),
    );
  });

  it('appoints the curator with the position and name in the accusative', () => {
    const order = text('appoint-curator');
    expect(order).toContain(
      '1. Назначить старшего воспитателя Смирнову Ольгу Николаевну куратором реализации персонализированных программ наставничества педагогических работников на 2025/2026 учебный год.',
    );
    expect(order).toContain(
      'Положением о системе (целевой модели) наставничества педагогических работников, утверждённым приказом от 29.08.2025 № 41-о,',
    );
    expect(order.endsWith(acquainted('О. Н. Смирнова'))).toBe(true);
  });

  it('assigns exactly the chosen pairs and groups, a row each, and everyone concerned signs once', () => {
    const order = text('assign-mentorships');
    expect(order).toContain('представить их куратору в срок до 15 сентября 2025 г.\n');
    expect(order).toContain(
      acquainted(
        'О. Н. Смирнова',
        'М. П. Иванова',
        'А. С. Кузнецова',
        'А. В. Соколов',
        'Д. И. Морозова',
        'Е. А. Волкова',
      ),
    );
    const annex = order.slice(order.indexOf('Приложение\n'));
    expect(annex.split('\n')).toEqual([
      'Приложение',
      'к приказу от 01.09.2025 № 45-о',
      'Состав наставнических пар (групп) педагогических работников на 2025/2026 учебный год',
      '№ п/п | Наставник (ФИО, должность) | Наставляемый (наставляемые) (ФИО, должность) | Форма наставничества | Вид наставничества | Срок реализации программы',
      '1 | Иванова Мария Петровна, воспитатель | Кузнецова Анна Сергеевна, воспитатель | Педагог – педагог | Традиционное (один на один) | 01.09.2025 – 31.05.2026',
      '2 | Соколов Андрей Викторович, музыкальный руководитель | Морозова Дарья Игоревна, музыкальный руководитель; Волкова Екатерина Андреевна, инструктор по физической культуре | Педагог – педагог | В группе, ситуационное | 15.09.2025 – 15.03.2026',
    ]);
  });

  it('approves the programmes by title in an annex', () => {
    expect(text('approve-programmes')).toContain(
      '1 | Адаптация молодого воспитателя в группе раннего возраста | Иванова Мария Петровна, воспитатель | Кузнецова Анна Сергеевна, воспитатель | 01.09.2025 – 31.05.2026',
    );
  });

  it('extends, changes and ends programmes early with the new term, the change and the reason', () => {
    const extended = text('extend-programmes');
    expect(extended).toContain(
      '1. Продлить сроки реализации персонализированных программ наставничества педагогических работников согласно приложению к настоящему приказу.',
    );
    expect(extended).toContain('Основание: заявления наставника и наставляемых от 01.03.2026\n');
    expect(extended).toMatch(/ \| 15\.09\.2025 – 15\.03\.2026 \| 31\.05\.2026$/);
    expect(text('change-programmes')).toMatch(
      / \| В план мероприятий включено направление «ИКТ-компетенции, цифровизация»$/,
    );
    const ended = text('end-early');
    expect(ended).toContain('1. Завершить досрочно реализацию персонализированных программ наставничества');
    expect(ended).toMatch(/ \| 20\.01\.2026 \| По инициативе наставляемого \(уважительные обстоятельства\)$/);
    expect(ended).toContain(acquainted('О. Н. Смирнова', 'М. П. Иванова', 'А. С. Кузнецова'));
  });

  it('holds the final event on its date in words and names who answers for it', () => {
    const order = text('final-event');
    expect(order).toContain(
      '1. Провести 20 мая 2026 г. итоговое мероприятие по реализации системы (целевой модели) наставничества педагогических работников — круглый стол «Лучшие практики наставничества» (музыкальный зал).',
    );
    expect(order).toContain(
      '2. Назначить ответственным за подготовку и проведение итогового мероприятия старшего воспитателя Смирнову Ольгу Николаевну.',
    );
    expect(order).toContain(
      '3. Ответственному за проведение итогового мероприятия Смирновой О. Н. подготовить его программу',
    );
  });

  it('thanks the people by name and position in the dative', () => {
    expect(text('thanks')).toContain(
      [
        '1. Объявить благодарность:',
        '– Ивановой Марии Петровне, воспитателю, за успешную адаптацию молодого специалиста;',
        '– Соколову Андрею Викторовичу, музыкальному руководителю.',
        '2. Куратору реализации персонализированных программ наставничества Смирновой О. Н. внести сведения о поощрении',
      ].join('\n'),
    );
  });

  it("makes the programme of seed 002: the card, the explanatory note's sections, the plan, the signatures", () => {
    const programme = text('programme');
    expect(programme.startsWith('УТВЕРЖДЕНА\nприказом от 20.09.2025 № 52-о\n')).toBe(true);
    for (const heading of [
      '1. Пояснительная записка',
      '1.1. Описание проблемы',
      '1.2. Цели и задачи наставничества',
      '1.3. Содержание деятельности наставника и наставляемого',
      '1.4. Сроки реализации программы\nПрограмма реализуется с 1 сентября 2025 г. по 31 мая 2026 г.\n',
      '1.5. Промежуточные и планируемые результаты',
      '1.6. Расписание встреч и режим работы\nПо вторникам, 14:00–15:00\nРежим работы: очный.',
      '1.7. Условия реализации программы',
      '2. План мероприятий',
      'Наставник | _______________ | М. П. Иванова\nНаставляемый | _______________ | А. С. Кузнецова\nКуратор | _______________ | О. Н. Смирнова',
    ])
      expect(programme).toContain(heading);
  });

  it("makes the participants' agreement with the head in the genitive and a signature line for each mentee", () => {
    const agreement = text('agreement');
    expect(agreement).toContain(
      '(далее — Организация) в лице заведующего Тимофеевой Елены Викторовны, действующего на основании устава, наставник Соколов Андрей Викторович, музыкальный руководитель, и наставляемый (наставляемые) Морозова Дарья Игоревна, музыкальный руководитель; Волкова Екатерина Андреевна, инструктор по физической культуре, вместе именуемые «Участники»',
    );
    expect(agreement).toContain(
      '1.2. Срок реализации программы: с 15 сентября 2025 г. по 15 марта 2026 г. Форма наставничества: педагог – педагог.',
    );
    expect(agreement).toContain(
      'куратором реализации персонализированных программ наставничества О. Н. Смирновой.',
    );
    expect(
      agreement.endsWith(
        'Наставляемый | _______________ | Д. И. Морозова\nНаставляемый | _______________ | Е. А. Волкова',
      ),
    ).toBe(true);
  });
});

describe('values as typed in «Настройки»', () => {
  it('keeps «г.» of a place lower-case at the start of its line, and capitalises a plain place', () => {
    const fill = (place: string) =>
      documentText(
        fillDocument(
          'appoint-curator',
          DOCUMENT_KINDS['appoint-curator'].template(),
          { ...ORDERS['appoint-curator'], place },
          LANGUAGE,
        ).document,
      ).split('\n');
    expect(fill('г. Светлогорск')).toContain('г. Светлогорск');
    expect(fill('пос. Сиверский')).toContain('пос. Сиверский');
    expect(fill('Санкт-Петербург')).toContain('Санкт-Петербург');
  });
});
