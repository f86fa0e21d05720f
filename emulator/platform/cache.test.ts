import { CACHE_KEY_TOO_LARGE, CACHE_VALUE_TOO_LARGE } from './cache';
import { platformWorkspace, thrown } from './test-kit';

describe('CacheService', () => {
  it('returns null for a missing key (§6.3)', () => {
    const { g } = platformWorkspace();
    expect(g.CacheService.getScriptCache().get('nope')).toBeNull();
  });

  it('keeps a value for 600 s by default and drops it after (§6.3, §8.10)', () => {
    const { ws, g } = platformWorkspace();
    const cache = g.CacheService.getDocumentCache() as GoogleAppsScript.Cache.Cache;
    cache.put('token', 'abc');
    ws.rt.advance(599_999);
    expect(cache.get('token')).toBe('abc');
    ws.rt.advance(1);
    expect(cache.get('token')).toBeNull();
  });

  it('expires a value at the lifetime it was given (§6.3)', () => {
    const { ws, g } = platformWorkspace();
    const cache = g.CacheService.getScriptCache();
    cache.put('k', 'v', 30);
    ws.platform.advanceClock(29_000);
    expect(cache.get('k')).toBe('v');
    ws.platform.advanceClock(1_000);
    expect(cache.get('k')).toBeNull();
  });

  it('clamps a lifetime over 6 hours to 21,600 s silently (§6.3)', () => {
    const { ws, g } = platformWorkspace();
    const cache = g.CacheService.getScriptCache();
    cache.put('k', 'v', 100_000);
    ws.rt.advance(21_600_000 - 1);
    expect(cache.get('k')).toBe('v');
    ws.rt.advance(1);
    expect(cache.get('k')).toBeNull();
  });

  it('clamps a lifetime under 1 s to 1 s (§6.3)', () => {
    const { ws, g } = platformWorkspace();
    const cache = g.CacheService.getScriptCache();
    cache.put('k', 'v', 0);
    expect(cache.get('k')).toBe('v');
    ws.rt.advance(1000);
    expect(cache.get('k')).toBeNull();
  });

  it('reads, writes and removes several keys at once', () => {
    const { g } = platformWorkspace();
    const cache = g.CacheService.getUserCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.remove('a');
    expect(cache.getAll(['a', 'b', 'c', 'd'])).toEqual({ b: '2', c: '3' });
    cache.removeAll(['b', 'c']);
    expect(cache.getAll(['b', 'c'])).toEqual({});
  });

  it('rejects a key over 250 characters (§6.3)', () => {
    const { g } = platformWorkspace();
    const cache = g.CacheService.getScriptCache();
    cache.put('k'.repeat(250), 'ok');
    expect(thrown(() => cache.put('k'.repeat(251), 'v')).message).toBe(CACHE_KEY_TOO_LARGE);
  });

  it('rejects a value over 100 KB (§6.3)', () => {
    const { g } = platformWorkspace();
    const cache = g.CacheService.getScriptCache();
    cache.put('fits', 'x'.repeat(100 * 1024));
    expect(thrown(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).message).toBe(CACHE_VALUE_TOO_LARGE);
    expect(cache.get('big')).toBeNull();
  });

  it('over 1,000 items keeps the 900 farthest from expiration (§6.3, §8.10)', () => {
    const { g } = platformWorkspace();
    const cache = g.CacheService.getScriptCache();
    // Item i lives 1000 + i seconds, so items 101..1000 are the farthest from expiry once item 1000 arrives.
    for (let i = 0; i <= 1000; i++) cache.put(`k${i}`, String(i), 1000 + i);
    const keys = Array.from({ length: 1001 }, (_, i) => `k${i}`);
    const kept = Object.keys(cache.getAll(keys));
    expect(kept).toHaveLength(900);
    expect(kept).toContain('k101');
    expect(kept).not.toContain('k100');
  });

  it('stores 1,000 items without evicting any (§6.3)', () => {
    const { g } = platformWorkspace();
    const cache = g.CacheService.getScriptCache();
    for (let i = 0; i < 1000; i++) cache.put(`k${i}`, 'v');
    expect(Object.keys(cache.getAll(Array.from({ length: 1000 }, (_, i) => `k${i}`)))).toHaveLength(1000);
  });

  it('is blocked in AuthMode.NONE (§2.1)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => expect(() => g.CacheService.getScriptCache()).toThrow(/AuthMode\.NONE/), {
      authMode: 'NONE',
    });
  });
});
