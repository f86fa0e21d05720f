/** What the add-on can say to the person at the spreadsheet. */
export interface Ui {
  /** A short message at the lower right that goes away by itself. */
  toast(message: string, title?: string): void;
  /** A message the person must close. */
  alert(message: string, title?: string): void;
  /** Asks a question with «Да» and «Нет»; true only for «Да» (closing the dialog is «Нет»). */
  confirm(message: string, title?: string): boolean;
  /** Asks for one line of text; null when the person cancels. */
  prompt(message: string, title?: string): string | null;
  /** Opens a sidebar built from sidebar/<name> (dist/<name>.html). */
  sidebar(name: string, title: string): void;
}
