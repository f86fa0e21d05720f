import { platformWorkspace, thrown } from './test-kit';
import { SLEEP_LIMIT_MESSAGE } from './utilities';

describe('Utilities', () => {
  it('makes RFC 4122 version 4 UUIDs', () => {
    const { g } = platformWorkspace();
    const a = g.Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(g.Utilities.getUuid()).not.toBe(a);
  });

  it('sleeps by moving the emulator clock (§6.1)', () => {
    const { ws, g } = platformWorkspace();
    const start = ws.rt.now;
    g.Utilities.sleep(1500);
    expect(ws.rt.now - start).toBe(1500);
  });

  it('refuses to sleep longer than 300,000 ms (§6.1) [UNVERIFIED text]', () => {
    const { g } = platformWorkspace();
    g.Utilities.sleep(300_000);
    expect(thrown(() => g.Utilities.sleep(300_001)).message).toBe(SLEEP_LIMIT_MESSAGE);
  });

  it('computes digests as Java’s signed bytes', () => {
    const { g } = platformWorkspace();
    const bytes = g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.SHA_256, 'abc');
    const hex = bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(Math.min(...bytes)).toBeLessThan(0);
  });

  it('encodes text as UTF-8 base64 and decodes it back', () => {
    const { g } = platformWorkspace();
    const encoded = g.Utilities.base64Encode('Наставник');
    expect(encoded).toBe(Buffer.from('Наставник').toString('base64'));
    const blob = g.Utilities.newBlob(g.Utilities.base64Decode(encoded));
    expect(blob.getDataAsString()).toBe('Наставник');
  });

  it('makes blobs with a content type and a name', () => {
    const { g } = platformWorkspace();
    const blob = g.Utilities.newBlob('a,b', 'text/csv', 'export.csv');
    expect([blob.getContentType(), blob.getName(), blob.getBytes()]).toEqual([
      'text/csv',
      'export.csv',
      [97, 44, 98],
    ]);
    expect(blob.setName('other.csv').getName()).toBe('other.csv');
  });

  it('formats strings printf-style', () => {
    const { g } = platformWorkspace();
    expect(g.Utilities.formatString('%s: %05d, %.2f, %-4s|, %%', 'Итог', 42, 3.14159, 'ab')).toBe(
      'Итог: 00042, 3.14, ab  |, %',
    );
  });

  it('works in AuthMode.NONE (§2.1)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => expect(g.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970'), {
      authMode: 'NONE',
    });
  });
});
