import { runOperation } from '../../../src/app/operations/run-operation';
import { MENTORS_TABLE, ORDERS_TABLE } from '../../../src/domain/registry/tables';
import { fakeServices } from '../fake-services';

describe('an operation reads each sheet once', () => {
  it('answers a second read of a sheet from the first, and still refuses a read after its own write', () => {
    const { registry, tables } = fakeServices();
    const reads: string[] = [];
    const read = tables.read.bind(tables);
    tables.read = (spec) => {
      reads.push(spec.key);
      return read(spec);
    };
    runOperation(registry, { action: 'test' }, (b) => {
      const first = b.tables.read(MENTORS_TABLE);
      expect(b.tables.read(MENTORS_TABLE)).toBe(first);
      b.tables.read(ORDERS_TABLE);
      b.tables.append(first, [{ id: 'НК-0001', surname: 'Иванова' }]);
      expect(() => b.tables.read(MENTORS_TABLE)).toThrow('mentors read after a write in the same operation');
    });
    expect(reads.filter((k) => k === 'mentors')).toHaveLength(1);
    expect(reads.filter((k) => k === 'orders')).toHaveLength(1);
  });
});
