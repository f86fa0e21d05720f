import { PROPERTY_QUOTA_MESSAGE } from './properties';
import { platformWorkspace, thrown } from './test-kit';

describe('PropertiesService', () => {
  it('returns null for a missing key and strings for stored values (§6.2)', () => {
    const { g } = platformWorkspace();
    const props = g.PropertiesService.getScriptProperties();
    expect(props.getProperty('cursor')).toBeNull();
    props.setProperty('cursor', 42 as unknown as string);
    expect(props.getProperty('cursor')).toBe('42');
  });

  it('keeps document, user and script stores apart (§6.2)', () => {
    const { g } = platformWorkspace();
    g.PropertiesService.getDocumentProperties().setProperty('k', 'doc');
    g.PropertiesService.getUserProperties().setProperty('k', 'user');
    expect(g.PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
    expect(g.PropertiesService.getDocumentProperties().getProperty('k')).toBe('doc');
    expect(g.PropertiesService.getUserProperties().getProperty('k')).toBe('user');
  });

  it('gives each user their own user store (§6.2)', () => {
    const { ws, g } = platformWorkspace();
    g.PropertiesService.getUserProperties().setProperty('k', 'mine');
    ws.run(() => expect(g.PropertiesService.getUserProperties().getProperty('k')).toBeNull(), {
      activeUser: 'mentor@school.example',
    });
  });

  it('keeps one document store per spreadsheet: another active document sees its own (§6.2)', () => {
    const { ws, g } = platformWorkspace();
    const first = ws.platform.activeDocumentId;
    g.PropertiesService.getDocumentProperties().setProperty('cursor', '7');
    const other = ws.rt.internal(() => ws.spreadsheet.create('Другая школа').getId());
    ws.spreadsheet.setActive(other);
    expect(ws.platform.activeDocumentId).not.toBe(first);
    expect(g.PropertiesService.getDocumentProperties().getProperty('cursor')).toBeNull();
    ws.spreadsheet.setActive(first);
    expect(g.PropertiesService.getDocumentProperties().getProperty('cursor')).toBe('7');
  });

  it('sets several values and can delete all the others', () => {
    const { g } = platformWorkspace();
    const props = g.PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: 3 } as unknown as Record<string, string>, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    expect(props.getKeys()).toEqual(['c']);
  });

  it('deletes one property and then all of them', () => {
    const { g } = platformWorkspace();
    const props = g.PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.deleteProperty('a');
    expect(props.getProperties()).toEqual({ b: '2' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('rejects a value over 9 KB with the storage-quota text and stores nothing (§6.2, §8.10)', () => {
    const { g } = platformWorkspace();
    const props = g.PropertiesService.getScriptProperties();
    props.setProperty('fits', 'x'.repeat(9 * 1024 - 4));
    const error = thrown(() => props.setProperty('big', 'x'.repeat(9 * 1024)));
    expect(error.message).toBe(PROPERTY_QUOTA_MESSAGE);
    expect(props.getProperty('big')).toBeNull();
  });

  it('counts a value by its UTF-8 bytes, so 5,000 Cyrillic letters are over 9 KB (§6.2)', () => {
    const { g } = platformWorkspace();
    const props = g.PropertiesService.getScriptProperties();
    expect(thrown(() => props.setProperty('k', 'я'.repeat(5000))).message).toBe(PROPERTY_QUOTA_MESSAGE);
  });

  it('rejects the write that would take a store over 500 KB (§6.2, §8.10)', () => {
    const { g } = platformWorkspace();
    const props = g.PropertiesService.getDocumentProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) props.setProperty(`k${String(i).padStart(2, '0')}`, chunk);
    expect(thrown(() => props.setProperty('k56', chunk)).message).toBe(PROPERTY_QUOTA_MESSAGE);
    expect(props.getKeys()).toHaveLength(56);
  });

  it('is blocked in AuthMode.NONE and allowed in LIMITED (§2.1, §8.7)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/AuthMode\.NONE/), {
      kind: 'simple-trigger',
      authMode: 'NONE',
    });
    ws.run(() => expect(g.PropertiesService.getDocumentProperties().getProperty('x')).toBeNull(), {
      kind: 'simple-trigger',
      authMode: 'LIMITED',
    });
  });

  it('counts each call as the script’s service call', () => {
    const { ws, g } = platformWorkspace();
    g.PropertiesService.getScriptProperties().getProperty('a');
    expect(ws.rt.counter.count('Properties.getProperty')).toBe(1);
    expect(ws.rt.counter.count('PropertiesService')).toBe(2);
  });

  it('throws "not implemented" for a method the emulator lacks', () => {
    const { g } = platformWorkspace();
    const props = g.PropertiesService.getScriptProperties() as unknown as Record<string, unknown>;
    expect(() => props.getPropertyNames).toThrow('not implemented: Properties.getPropertyNames');
  });
});
