import type { ORDER_KINDS } from '../vocabulary';
import type { Fields } from './fields';
import type { DocTree } from './model';

/** A kind of document: its name in the list of templates, its journal kind, its fields and its default template. */
export interface KindDefinition<C> {
  /** As the curator sees it in the list «вид → документ»: «Приказ о закреплении наставнических пар (групп)». */
  readonly name: string;
  /** The «Вид приказа» of the order journal; none for a programme or an agreement. */
  readonly orderKind?: (typeof ORDER_KINDS)[number];
  /** The heading to the text as the default template has it: the journal's «Заголовок». */
  readonly title: string;
  readonly fields: Fields<C>;
  /** The default template, made as a Google Doc on first use and then the curator's to edit. */
  template(): DocTree;
}
