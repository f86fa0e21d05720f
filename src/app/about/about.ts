/** What the «О программе» sidebar shows; plain JSON so it crosses google.script.run unchanged. */
export interface AboutInfo {
  readonly product: string;
  readonly version: string;
  readonly workbook: string;
  readonly summary: string;
}

/** Describes the add-on and the workbook it is working in. */
export function aboutInfo(version: string, workbook: string): AboutInfo {
  return {
    product: 'Наставник',
    version,
    workbook,
    summary:
      'Реестр системы (целевой модели) наставничества педагогических работников: банки наставников ' +
      'и наставляемых, пары и группы, программы, приказы, анкеты и годовой отчёт — в одной таблице.',
  };
}
