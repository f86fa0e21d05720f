import { createHash } from 'crypto';
import { platformWorkspace, thrown } from './test-kit';

/** Java's signed bytes as lower-case hex. */
function hex(bytes: number[]): string {
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/**
 * docs/apps-script-platform.md §6.8, from [DOC] .../utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)
 * and #newBlob(String), and digests checked against live Apps Script (gas-fakes test/testutilities.js).
 */
describe('Utilities.computeDigest charsets (§6.8)', () => {
  it('ASCII text digests the same in US_ASCII, UTF_8 and without a charset', () => {
    const { g } = platformWorkspace();
    const { MD5 } = g.Utilities.DigestAlgorithm;
    const { US_ASCII, UTF_8 } = g.Utilities.Charset;
    const expected = [-16, -20, -112, 64, -50, -47, -118, 102, -113, 70, -112, 94, -34, -49, 117, -103];
    expect(g.Utilities.computeDigest(MD5, 'input to hash', US_ASCII)).toEqual(expected);
    expect(g.Utilities.computeDigest(MD5, 'input to hash', UTF_8)).toEqual(expected);
    expect(g.Utilities.computeDigest(MD5, 'input to hash')).toEqual(expected);
  });

  it('US_ASCII turns each non-ASCII character into "?", and is the default for a string (live digests)', () => {
    const { g } = platformWorkspace();
    const { MD5, SHA_256 } = g.Utilities.DigestAlgorithm;
    const { US_ASCII, UTF_8 } = g.Utilities.Charset;
    const ascii = [-22, 3, -4, -72, -60, 120, 34, -68, -25, 114, -49, 108, 7, -48, -21, -69];
    expect(g.Utilities.computeDigest(MD5, '€🙂', US_ASCII)).toEqual(ascii);
    expect(g.Utilities.computeDigest(MD5, '€🙂')).toEqual(ascii);
    expect(g.Utilities.computeDigest(MD5, '€🙂', UTF_8)).toEqual([
      -71, 89, 42, -99, 35, -63, -51, -82, 83, 46, 87, -53, -35, -67, 116, -6,
    ]);
    expect(hex(g.Utilities.computeDigest(SHA_256, 'Наставник', UTF_8))).toBe(
      createHash('sha256').update('Наставник', 'utf8').digest('hex'),
    );
  });

  it('bytes are digested as they are, in UTF-8 when they came from a string blob', () => {
    const { g } = platformWorkspace();
    const { MD5 } = g.Utilities.DigestAlgorithm;
    const bytes = g.Utilities.newBlob('€🙂').getBytes();
    expect(g.Utilities.computeDigest(MD5, bytes)).toEqual(
      g.Utilities.computeDigest(MD5, '€🙂', g.Utilities.Charset.UTF_8),
    );
  });

  it('arguments that fit no overload are refused with the signature text', () => {
    const { g } = platformWorkspace();
    const { MD5 } = g.Utilities.DigestAlgorithm;
    const call = g.Utilities.computeDigest as unknown as (...args: unknown[]) => number[];
    expect(thrown(() => call(MD5, [0, 1, 2], g.Utilities.Charset.UTF_8)).message).toBe(
      "The parameters (String,number[],String) don't match the method signature for Utilities.computeDigest.",
    );
    expect(() => call(MD5, 'x', g.Utilities.Charset.US_ASCII, 4)).toThrow(/don't match the method signature/);
    expect(() => call('x')).toThrow(/don't match the method signature/);
  });
});

describe('Utilities.newBlob content type (§6.8)', () => {
  it('a blob of a string reads back text/plain; one of bytes has none; a given type wins', () => {
    const { g } = platformWorkspace();
    const text = g.Utilities.newBlob('foo is not bar');
    expect([text.getContentType(), text.getName(), text.getDataAsString()]).toEqual([
      'text/plain',
      null,
      'foo is not bar',
    ]);
    expect(g.Utilities.newBlob(text.getBytes()).getContentType()).toBeNull();
    expect(g.Utilities.newBlob('a,b', 'text/csv').getContentType()).toBe('text/csv');
  });
});
