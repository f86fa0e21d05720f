import { GasObject } from './gas-object';
import { EXECUTION_TIME_LIMIT_MESSAGE, Runtime } from './runtime';

class Thing extends GasObject {
  value = 1;
  constructor(rt: Runtime) {
    super(rt, 'TestService', 'Thing');
  }
  getValue(): number {
    return this.value;
  }
  getTwice(): number {
    return this.getValue() + this.getValue();
  }
}

describe('GasObject', () => {
  it('throws "not implemented: Class.method" for a member the emulator lacks', () => {
    const thing = new Thing(new Runtime()) as unknown as Record<string, unknown>;
    expect(() => thing.getFormula).toThrow('not implemented: Thing.getFormula');
  });

  it('counts only the outermost call a script makes', () => {
    const rt = new Runtime();
    const thing = new Thing(rt);
    expect(thing.getTwice()).toBe(2);
    expect(rt.counter.methods()).toEqual({ 'Thing.getTwice': 1 });
    expect(rt.counter.count('TestService')).toBe(1);
  });

  it('kills the execution at the chosen call and at every call after it', () => {
    const rt = new Runtime();
    const thing = new Thing(rt);
    rt.begin({ kind: 'menu' });
    rt.killAt({ method: 'Thing.getValue', occurrence: 2 });
    expect(thing.getValue()).toBe(1);
    expect(() => thing.getValue()).toThrow(EXECUTION_TIME_LIMIT_MESSAGE);
    expect(() => thing.getTwice()).toThrow(EXECUTION_TIME_LIMIT_MESSAGE);
    rt.end();
    expect(thing.getValue()).toBe(1);
  });
});
