/**
 * A questionnaire's record in the document's properties: the spec with its item IDs and the links' template,
 * split so that no value passes the 9 KB limit (§6.2) however many own questions the form has, and read back whole.
 */
import {
  LINK_SLOT,
  loadRecord,
  personalLink,
  recordProperties,
} from '../../../src/app/questionnaires/questionnaire-record';
import { buildFormSpec } from '../../../src/domain/questionnaires/form-spec';
import type { Properties } from '../../../src/ports/properties';

describe('the questionnaire record in document properties', () => {
  it('splits a large spec into values under 9 KB and reads it back', () => {
    const own = Array.from({ length: 60 }, (_, i) => ({
      id: `СВ-${String(i + 1).padStart(4, '0')}`,
      row: i + 2,
      kinds: ['mentee-satisfaction' as const],
      title: `Свой вопрос № ${i + 1}: насколько «полезными» были встречи — ${'очень длинная формулировка '.repeat(4)}`,
      type: 'paragraph' as const,
      required: false,
      choices: [],
    }));
    const { spec } = buildFormSpec('mentee-satisfaction', { own });
    const itemIds = Object.fromEntries(spec.items.map((q, i) => [q.key, String(1000 + i)]));
    const template = `https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&entry.1=${LINK_SLOT}`;
    const values = recordProperties('АН-0001', { formId: 'f1', spec, itemIds, linkTemplate: template });
    const bytes = Object.entries(values).map(([k, v]) => Buffer.byteLength(k + v, 'utf8'));
    expect(Object.keys(values).length).toBeGreaterThan(2);
    expect(Math.max(...bytes)).toBeLessThan(9 * 1024);
    const store: Properties = { get: (key) => values[key] ?? null, setAll: () => undefined };
    const record = loadRecord(store, 'АН-0001');
    expect(record?.itemIds).toEqual(itemIds);
    expect(record?.spec.items.map((q) => [q.key, q.title, q.type])).toEqual(
      spec.items.map((q) => [q.key, q.title, q.type]),
    );
    expect(record?.spec.indices).toEqual(spec.indices);
    expect(record && personalLink(record, 'abc123')).toBe(
      'https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&entry.1=abc123',
    );
    expect(loadRecord(store, 'АН-0002')).toBeNull();
  });
});
