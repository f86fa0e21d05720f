import type { BlockNode, RowNode } from './compiled';
import type { Place, TemplateProblem } from './problems';

/** A repeat tag found in a cell, lifted to its row. */
export interface RowTag {
  readonly open: boolean;
  readonly name: string;
  readonly raw: string;
  readonly place: Place;
}

interface RepeatFrame {
  readonly tag?: RowTag;
  readonly rows: RowNode[];
}

/** Rows from a `{{#X}}` to its `{{/X}}` (the same row or a lower one) become a repeat; repeats may nest. */
export function groupRows(
  rows: readonly { cells: BlockNode[][]; rowTags: readonly RowTag[]; number: number }[],
  problems: TemplateProblem[],
): RowNode[] {
  const stack: RepeatFrame[] = [{ rows: [] }];
  const close = () => {
    const frame = stack.pop() as RepeatFrame & { tag: RowTag };
    stack[stack.length - 1].rows.push({
      t: 'repeat',
      name: frame.tag.name,
      place: frame.tag.place,
      rows: frame.rows,
    });
  };
  for (const row of rows) {
    const opens = row.rowTags.filter((t) => t.open);
    const closes = row.rowTags.filter((t) => !t.open);
    const firstClose = row.rowTags.findIndex((t) => !t.open);
    const lateOpen = row.rowTags.find((t, i) => t.open && firstClose >= 0 && i > firstClose);
    if (lateOpen)
      problems.push({
        ...lateOpen.place,
        message: `в строке ${row.number} один повтор заканчивается, а «${lateOpen.raw}» начинается: начните «${lateOpen.raw}» со следующей строки`,
      });
    for (const tag of opens) stack.push({ tag, rows: [] });
    stack[stack.length - 1].rows.push({ t: 'row', cells: row.cells });
    for (const tag of closes) {
      const top = stack[stack.length - 1].tag;
      if (!top) {
        problems.push({
          ...tag.place,
          message: `«${tag.raw}» закрывает повтор, который не был открыт: поставьте «{{#${tag.name}}}» в первой повторяемой строке этой таблицы`,
        });
        continue;
      }
      if (top.name.toLowerCase() !== tag.name.toLowerCase())
        problems.push({
          ...tag.place,
          message: `«${tag.raw}» закрывает не тот повтор: открыт «${top.raw}», закройте его тегом «{{/${top.name}}}»`,
        });
      close();
    }
  }
  while (stack.length > 1) {
    const { tag } = stack[stack.length - 1] as RepeatFrame & { tag: RowTag };
    problems.push({
      ...tag.place,
      message: `повтор «${tag.raw}» не закрыт: поставьте «{{/${tag.name}}}» в последней повторяемой строке этой же таблицы`,
    });
    close();
  }
  return stack[0].rows;
}
