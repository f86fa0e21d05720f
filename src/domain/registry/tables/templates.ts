import { DOCUMENT_KIND_NAMES } from '../../documents/kind-names';
import type { TableSpec } from '../table-spec';

/**
 * «Шаблоны документов»: which Google Doc each kind of document is made from. The add-on lists the default template
 * here the first time it makes a document of a kind; the curator edits that document, or puts the link of their
 * own. One row per kind; a kind without a row is made from the default.
 */
export const TEMPLATES_TABLE: TableSpec = {
  key: 'templates',
  sheetName: 'Шаблоны документов',
  columns: [
    {
      key: 'kind',
      header: 'Вид документа',
      type: 'list',
      options: DOCUMENT_KIND_NAMES,
      required: true,
      width: 320,
      note: 'Какой документ делается по этому шаблону',
    },
    {
      key: 'templateUrl',
      header: 'Шаблон (ссылка на Google Документ)',
      type: 'text',
      required: true,
      width: 320,
      note:
        'Ссылка на документ-шаблон. Дополнение само создаёт шаблон по умолчанию, когда впервые делает документ ' +
        'этого вида. Его можно править или указать ссылку на свой. Поля пишутся в двойных фигурных скобках, ' +
        'например {{Дата приказа}}, {{Наставник.ФИО.дательный}}; неизвестное поле или незакрытый блок ' +
        'дополнение покажет до создания документа',
    },
    { key: 'note', header: 'Примечание', type: 'long-text', width: 260 },
  ],
};
