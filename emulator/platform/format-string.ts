/** `Utilities.formatString`: `sprintf`-style `%s`, `%d`, `%i`, `%f`, `%x`, `%%` with flags, width and precision. */
export function formatString(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(
    /%([-0+ ]*)(\d+)?(?:\.(\d+))?([sdifxX%])/g,
    (spec, flags: string, width, precision, kind) => {
      if (kind === '%') return '%';
      if (next >= args.length) return spec;
      const value = args[next++];
      let text: string;
      switch (kind) {
        case 's':
          text = String(value);
          if (precision !== undefined) text = text.slice(0, Number(precision));
          break;
        case 'd':
        case 'i':
          text = String(Math.trunc(Number(value)));
          break;
        case 'f':
          text = Number(value).toFixed(precision === undefined ? 6 : Number(precision));
          break;
        default:
          text = Math.trunc(Number(value)).toString(16);
          if (kind === 'X') text = text.toUpperCase();
      }
      if (flags.includes('+') && kind !== 's' && !text.startsWith('-')) text = `+${text}`;
      const w = width === undefined ? 0 : Number(width);
      if (text.length >= w) return text;
      if (flags.includes('-')) return text.padEnd(w, ' ');
      if (flags.includes('0') && kind !== 's') {
        const sign = /^[+-]/.test(text) ? text[0] : '';
        return sign + text.slice(sign.length).padStart(w - sign.length, '0');
      }
      return text.padStart(w, ' ');
    },
  );
}
