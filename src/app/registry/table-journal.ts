/** The Journal port on the «Журнал» table: one appended block per action, with who and when. */
import { isoDateTimeInZone } from '../../domain/registry/dates';
import { JOURNAL_TABLE } from '../../domain/registry/tables';
import { toRow } from '../../domain/registry/to-row';
import type { Journal, JournalEntry } from '../../ports/journal';
import { issueIds } from './ids';
import type { Services } from '../services';

/** Who the journal names when the platform hides the person's email. */
export const UNKNOWN_USER = 'пользователь не определён';

/** Appends journal rows without reading the journal's data (it only grows). */
export class TableJournal implements Journal {
  constructor(private readonly ctx: Pick<Services, 'tables' | 'properties' | 'clock' | 'user'>) {}

  record(entries: readonly JournalEntry[]): void {
    if (entries.length === 0) return;
    const { tables, properties, clock, user } = this.ctx;
    const zone = tables.timeZone();
    const at = isoDateTimeInZone(clock.now(), zone);
    const who = user.email() || UNKNOWN_USER;
    const ids = issueIds(properties, JOURNAL_TABLE.idPrefix as string, [], entries.length);
    const rows = entries.map((entry, i) =>
      toRow(
        JOURNAL_TABLE,
        {
          id: ids[i],
          at,
          who,
          action: entry.action,
          ids: entry.ids.join('; '),
          details: entry.details ?? '',
        },
        zone,
      ),
    );
    tables.appendTo(JOURNAL_TABLE, rows);
  }
}
