import {
  acquainted,
  basisLine,
  controlPoint,
  heading,
  orderHead,
  orderWord,
  PAGE,
  signature,
  text,
} from '../layout';
import type { DocBlock, DocTree } from '../model';

/**
 * An order as the standard lays it out: the head, the heading to the text, the preamble ending «ПРИКАЗЫВАЮ:», the
 * points and «Контроль … оставляю за собой», the basis if any, the signature, «С приказом ознакомлены», annexes.
 */
export function orderDocument(
  title: string,
  preamble: string,
  points: readonly DocBlock[],
  annexes: readonly DocBlock[] = [],
): DocTree {
  return {
    page: PAGE,
    blocks: [
      ...orderHead(),
      heading(title),
      text(preamble),
      orderWord(),
      ...points,
      controlPoint(),
      basisLine(),
      ...signature(),
      ...acquainted(),
      ...annexes,
    ],
  };
}
