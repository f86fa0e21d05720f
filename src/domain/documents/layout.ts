import type {
  DocBlock,
  DocCell,
  DocListItem,
  DocParagraph,
  DocTable,
  PageSetup,
  ParagraphStyle,
  TextRun,
} from './model';

/**
 * The pieces every default template is built of, laid out as docs/orders.md sets out from ГОСТ Р 7.0.97-2025:
 * A4, margins of at least 20/10/20/20 mm (30 mm on the left, as orders are kept bound), one type of 14 pt, the
 * requisites in their order (organisation, «ПРИКАЗ», date and number, place, heading to the text), the text with
 * a 12.5 mm indent, the signature with initials before the surname, «С приказом ознакомлены».
 */

/** The page of every default document. */
export const PAGE: PageSetup = {
  marginsMm: { top: 20, right: 10, bottom: 20, left: 30 },
  fontFamily: 'PT Serif',
  fontSizePt: 14,
  lineSpacing: 1,
};

/** The width text runs in: A4's 210 mm less the margins. */
export const TEXT_WIDTH_MM = 210 - PAGE.marginsMm.left - PAGE.marginsMm.right;

/** The red line of a document's text (the standard's paragraph indent). */
export const RED_LINE_MM = 12.5;

/** Where requisites on the right half start (the annex mark, the approval stamp): a left indent, as Docs has no tab API. */
const RIGHT_BLOCK_MM = 95;

/** The key of the order's numbered points, so Docs numbers them as one list across tables between them. */
export const POINTS = 'points';

type Content = string | readonly TextRun[];

function runs(content: Content): readonly TextRun[] {
  return typeof content === 'string' ? (content ? [{ text: content }] : []) : content;
}

/** A run in bold. */
export function strong(text: string): TextRun {
  return { text, bold: true };
}

/** A paragraph of any look. */
export function paragraph(content: Content, style: ParagraphStyle = {}): DocParagraph {
  return { type: 'paragraph', runs: runs(content), style };
}

/** A paragraph of the document's text: justified, with the red line. */
export function text(content: Content): DocParagraph {
  return paragraph(content, { align: 'justify', firstLineIndentMm: RED_LINE_MM });
}

/** A centred bold line (a document's name, an annex's title). */
export function centredTitle(content: string, spaceBeforePt = 0): DocParagraph {
  return paragraph([strong(content)], { align: 'center', spaceBeforePt, spaceAfterPt: 12 });
}

/** A numbered point of an order: «1. Утвердить…». */
export function point(content: Content): DocListItem {
  const style: ParagraphStyle = { align: 'justify', firstLineIndentMm: RED_LINE_MM, startIndentMm: 0 };
  return { type: 'item', runs: runs(content), style, list: POINTS, numbered: true, level: 0 };
}

/** A dash line under a point («– ведение банков…»), typed as Russian orders have it. */
export function dash(content: string): DocParagraph {
  return text(`– ${content}`);
}

/** A cell of one paragraph. */
export function cell(content: Content, style: ParagraphStyle = {}): DocCell {
  return { blocks: [paragraph(content, style)] };
}

/** A borderless grid that places requisites side by side (date and number, the signature). */
export function grid(rows: readonly (readonly DocCell[])[], columnWidthsMm: readonly number[]): DocTable {
  return { type: 'table', borders: false, columnWidthsMm, rows: rows.map((cells) => ({ cells })) };
}

/** A bordered table with a bold header row: an annex, a plan of events. */
export function table(
  header: readonly string[],
  rows: readonly (readonly Content[])[],
  columnWidthsMm: readonly number[],
): DocTable {
  const head = header.map((h) => cell([strong(h)], { align: 'center' }));
  return {
    type: 'table',
    borders: true,
    columnWidthsMm,
    rows: [{ cells: head }, ...rows.map((r) => ({ cells: r.map((c) => cell(c)) }))],
  };
}

/** Organisation, «ПРИКАЗ», date and number on one line, place: the head of an order. */
export function orderHead(): DocBlock[] {
  return [
    paragraph('{{Организация.Полное наименование}}', { align: 'center', spaceAfterPt: 12 }),
    paragraph([strong('ПРИКАЗ')], { align: 'center', spaceAfterPt: 12 }),
    grid(
      [[cell('{{Дата приказа}}'), cell('№ {{Номер приказа}}', { align: 'right' })]],
      [TEXT_WIDTH_MM / 2, TEXT_WIDTH_MM / 2],
    ),
    paragraph('{{#если Место издания}}{{Место издания}}{{/если}}', { align: 'center', spaceAfterPt: 12 }),
  ];
}

/** The heading to the text («О …»), required for every document since the 2025 edition. */
export function heading(title: string): DocParagraph {
  return paragraph([strong(title)], { align: 'left', spaceBeforePt: 12, spaceAfterPt: 12 });
}

/** «ПРИКАЗЫВАЮ:» from the left margin, after the preamble. */
export function orderWord(): DocParagraph {
  return paragraph('ПРИКАЗЫВАЮ:', { align: 'left', spaceBeforePt: 6, spaceAfterPt: 6 });
}

/** The last point of every order. */
export function controlPoint(): DocListItem {
  return point('Контроль за исполнением настоящего приказа оставляю за собой.');
}

/** «Основание: …» when the curator gave one (an application, a protocol); nothing otherwise. */
export function basisLine(): DocParagraph {
  return paragraph('{{#если Основание}}Основание: {{Основание}}{{/если}}', {
    align: 'justify',
    spaceBeforePt: 12,
  });
}

/** The head's position, room for the signature, and the initials before the surname. */
export function signature(): DocBlock[] {
  return [
    paragraph('', { spaceBeforePt: 24 }),
    grid(
      [
        [
          cell('{{Руководитель.Должность}}'),
          cell(''),
          cell('{{Руководитель.Инициалы и фамилия}}', { align: 'right' }),
        ],
      ],
      [80, 40, TEXT_WIDTH_MM - 120],
    ),
  ];
}

/** One row of a signature block: who signs (a role or a position), a line to sign on, the initials and surname. */
export function signatureRow(role: string, name: string): DocCell[] {
  return [cell(role), cell('_______________'), cell(name, { align: 'right' })];
}

/** Signature rows as a borderless grid: the role, the line, the name. */
export function signatures(rows: ReadonlyArray<readonly [string, string]>): DocTable {
  return grid(
    rows.map(([role, name]) => signatureRow(role, name)),
    [60, 50, TEXT_WIDTH_MM - 110],
  );
}

/** «С приказом ознакомлены:» and a line per person concerned: name, signature, date. */
export function acquainted(): DocBlock[] {
  return [
    paragraph('С приказом ознакомлены:', { spaceBeforePt: 24, spaceAfterPt: 6 }),
    grid(
      [
        [
          cell('{{#Ознакомлены}}{{Работник.Инициалы и фамилия}}'),
          cell('_______________', { align: 'center' }),
          cell('«____» ______________ 20___ г.{{/Ознакомлены}}', { align: 'right' }),
        ],
      ],
      [70, 40, TEXT_WIDTH_MM - 110],
    ),
  ];
}

/** A new page with the annex mark at the right half: «Приложение 2 к приказу от … № …». */
export function annexStart(number = ''): DocBlock[] {
  const style: ParagraphStyle = { align: 'left', startIndentMm: RIGHT_BLOCK_MM };
  return [
    { type: 'pageBreak' },
    paragraph(number ? `Приложение ${number}` : 'Приложение', style),
    paragraph('к приказу от {{Дата приказа}} № {{Номер приказа}}', { ...style, spaceAfterPt: 12 }),
  ];
}

/** The approval stamp of a document approved by an order: «УТВЕРЖДЕНА приказом от … № …», when there is one. */
export function approvalStamp(word: string, dateField: string, numberField: string): DocBlock[] {
  const style: ParagraphStyle = { align: 'left', startIndentMm: RIGHT_BLOCK_MM };
  return [
    paragraph(`{{#если ${numberField}}}`),
    paragraph(word, style),
    paragraph(`приказом от {{${dateField}}} № {{${numberField}}}`, { ...style, spaceAfterPt: 12 }),
    paragraph('{{/если}}'),
  ];
}

/** The federal basis the seeds and the methodical recommendations rest on, for the orders that start a system. */
export const FEDERAL_BASIS =
  'В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», ' +
  'распоряжением Правительства Российской Федерации от 31.12.2019 № 3273-р «Об утверждении основных принципов ' +
  'национальной системы профессионального роста педагогических работников Российской Федерации, включая ' +
  'национальную систему учительского роста», Методическими рекомендациями по разработке и внедрению системы ' +
  '(целевой модели) наставничества педагогических работников в образовательных организациях (совместное письмо ' +
  'Министерства просвещения Российской Федерации и Общероссийского Профсоюза образования от 21.12.2021 ' +
  '№ АЗ-1128/08/657)';

/** «Положением о системе (целевой модели) наставничества…, утверждённым приказом от … № …» (the order if known). */
export const REGULATION_REF =
  'Положением о системе (целевой модели) наставничества педагогических работников' +
  '{{#если Положение.Номер приказа}}, утверждённым приказом от {{Положение.Дата приказа}} ' +
  '№ {{Положение.Номер приказа}}{{/если}}';
