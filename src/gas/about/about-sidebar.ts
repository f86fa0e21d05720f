/** google.script.run endpoint of the «О программе» sidebar (sidebar/about). */
import { aboutInfo, type AboutInfo } from '../../app/about/about';

/** What the sidebar shows: the add-on, its version and the workbook it works in. */
export function loadAboutSidebar(): AboutInfo {
  return aboutInfo(__VERSION__, SpreadsheetApp.getActiveSpreadsheet().getName());
}
