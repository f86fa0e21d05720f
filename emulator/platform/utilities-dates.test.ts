import { platformWorkspace, thrown } from './test-kit';

const at = (iso: string) => new Date(iso);

describe('Utilities.formatDate (§6.7: Java SimpleDateFormat patterns)', () => {
  const { g } = platformWorkspace();
  const format = (iso: string, tz: string, pattern: string) => g.Utilities.formatDate(at(iso), tz, pattern);

  it('shows the same instant as Moscow and UTC wall-clock time', () => {
    expect(format('2025-09-01T07:00:00Z', 'Europe/Moscow', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2025-09-01 10:00:00',
    );
    expect(format('2025-09-01T07:00:00Z', 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2025-09-01 07:00:00');
  });

  it('moves to the next day and year in Moscow while it is still the old year in UTC', () => {
    expect(format('2025-12-31T22:30:00Z', 'Europe/Moscow', 'dd.MM.yyyy HH:mm')).toBe('01.01.2026 01:30');
    expect(format('2025-12-31T22:30:00Z', 'Etc/UTC', 'dd.MM.yyyy HH:mm')).toBe('31.12.2025 22:30');
  });

  it('follows daylight-saving changes of the zone', () => {
    expect(format('2025-03-09T06:30:00Z', 'America/New_York', 'HH:mm Z')).toBe('01:30 -0500');
    expect(format('2025-03-09T07:30:00Z', 'America/New_York', 'HH:mm Z')).toBe('03:30 -0400');
  });

  it('writes months in the genitive inside a date, as Java’s ru locale does [UNVERIFIED for Apps Script]', () => {
    expect(format('2025-09-01T07:00:00Z', 'Europe/Moscow', 'd MMMM yyyy')).toBe('1 сентября 2025');
    expect(format('2025-05-20T07:00:00Z', 'Europe/Moscow', 'd MMM yyyy')).toBe('20 мая 2025');
  });

  it('writes a month alone in the nominative (Java’s standalone form)', () => {
    expect(format('2025-09-01T07:00:00Z', 'Europe/Moscow', 'MMMM')).toBe('сентябрь');
    expect(format('2025-09-01T07:00:00Z', 'Europe/Moscow', 'LLLL yyyy')).toBe('сентябрь 2025');
  });

  it('writes English names when the locale is switched', () => {
    const other = platformWorkspace();
    other.ws.platform.dateLocale = 'en';
    expect(other.g.Utilities.formatDate(at('2025-09-01T07:00:00Z'), 'UTC', 'EEE, d MMM yyyy')).toBe(
      'Mon, 1 Sep 2025',
    );
  });

  it('prints numeric fields with and without padding', () => {
    expect(format('2025-09-01T07:05:03.007Z', 'UTC', 'yy M MM d dd H HH m mm s ss SSS')).toBe(
      '25 9 09 1 01 7 07 5 05 3 03 007',
    );
  });

  it('prints weekday names', () => {
    expect(format('2025-09-01T07:00:00Z', 'Europe/Moscow', 'EEEE, EEE')).toBe('понедельник, пн');
  });

  it('prints 12-hour clock time with AM/PM', () => {
    expect(format('2025-09-01T12:05:00Z', 'UTC', 'hh:mm a')).toBe('12:05 PM');
    expect(format('2025-09-01T00:05:00Z', 'UTC', 'h:mm a')).toBe('12:05 AM');
    expect(format('2025-09-01T15:05:00Z', 'UTC', 'hh:mm a')).toBe('03:05 PM');
  });

  it('prints zone offsets with Z and X', () => {
    expect(format('2025-09-01T07:00:00Z', 'Europe/Moscow', 'Z XXX X')).toBe('+0300 +03:00 +03');
    expect(format('2025-09-01T07:00:00Z', 'UTC', 'XXX')).toBe('Z');
  });

  it('accepts a fixed-offset zone such as GMT+3', () => {
    expect(format('2025-09-01T07:00:00Z', 'GMT+3', 'HH:mm')).toBe('10:00');
    expect(format('2025-09-01T07:00:00Z', 'GMT-05:30', 'HH:mm')).toBe('01:30');
  });

  it('copies quoted text and turns two single quotes into one', () => {
    expect(format('2025-09-01T07:00:00Z', 'UTC', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe('2025-09-01T07:00:00Z');
    expect(format('2025-09-01T07:00:00Z', 'UTC', "H 'o''clock' ''")).toBe("7 o'clock '");
  });

  it('rejects a letter Java does not know', () => {
    expect(thrown(() => format('2025-09-01T07:00:00Z', 'UTC', 'yyyy bb')).message).toBe(
      "Illegal pattern character 'b'",
    );
  });

  it('rejects a date given as text with the platform’s signature error (§1.5)', () => {
    const error = thrown(() => g.Utilities.formatDate('2025-09-01' as unknown as Date, 'UTC', 'yyyy'));
    expect(error.message).toBe(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('Utilities.parseDate', () => {
  const { g } = platformWorkspace();
  const parse = (text: string, tz: string, pattern: string) =>
    g.Utilities.parseDate(text, tz, pattern).toISOString();

  it('reads wall-clock time in the given zone', () => {
    expect(parse('01.09.2025 10:00', 'Europe/Moscow', 'dd.MM.yyyy HH:mm')).toBe('2025-09-01T07:00:00.000Z');
    expect(parse('01.09.2025 10:00', 'UTC', 'dd.MM.yyyy HH:mm')).toBe('2025-09-01T10:00:00.000Z');
  });

  it('reads Russian month names in either form', () => {
    expect(parse('1 сентября 2025', 'Europe/Moscow', 'd MMMM yyyy')).toBe('2025-08-31T21:00:00.000Z');
    expect(parse('Сентябрь 2025', 'Europe/Moscow', 'MMMM yyyy')).toBe('2025-08-31T21:00:00.000Z');
  });

  it('reads abutting numeric fields by their width', () => {
    expect(parse('20250901', 'UTC', 'yyyyMMdd')).toBe('2025-09-01T00:00:00.000Z');
  });

  it('puts a two-digit year within 80 years before and 20 after now', () => {
    expect(parse('01.09.25', 'UTC', 'dd.MM.yy')).toBe('2025-09-01T00:00:00.000Z');
    expect(parse('01.09.60', 'UTC', 'dd.MM.yy')).toBe('1960-09-01T00:00:00.000Z');
  });

  it('uses an offset in the text over the zone argument', () => {
    expect(parse('2025-09-01T10:00:00+03:00', 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      '2025-09-01T07:00:00.000Z',
    );
  });

  it('reads a 12-hour time with AM/PM', () => {
    expect(parse('03:05 PM', 'UTC', 'hh:mm a')).toBe('1970-01-01T15:05:00.000Z');
  });

  it('rejects text that does not fit the pattern', () => {
    expect(thrown(() => parse('abc', 'UTC', 'dd.MM.yyyy')).message).toBe('Unparseable date: "abc"');
  });
});
