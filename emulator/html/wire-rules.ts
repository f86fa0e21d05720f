/**
 * The rules for what crosses `google.script.run` (docs/apps-script-platform.md §3.3), written once as plain ES5 source
 * so the very same code runs in the page (inside `clientShim`) and in node (inside `ws.html.invoke`).
 *
 * - Primitives, arrays and plain objects pass; objects are copied (JSON-like: NaN → null, undefined fields dropped,
 *   undefined inside arrays → null).
 * - A Date, a function, a DOM node, a Map/Set/class instance/Blob/typed array anywhere fails with
 *   `Failed due to illegal value in property: <key>`, a circular structure with `Failed due to circular reference.`
 *   [FIELD: both strings are in Google's client error list (public source); the key is the array index or object key
 *   holding the value, e.g. `property: 0` for a first argument, `property: TanggalBinaan` for a field.]
 * - Keys ending in `__` are silently dropped [FIELD: a design note that ported Google's client check (public source)].
 * - Checks are realm-safe (tags and prototype depth, not instanceof): tests run the page code in a `vm` context.
 */
export const WIRE_RULES_SOURCE = String.raw`
function __gasToWire(value, key, path, ancestors) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return isFinite(value) ? value : null;
  if (typeof value === 'undefined') return undefined;
  if (typeof value !== 'object') throw __gasWireError(key, path, typeof value);
  var tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') throw __gasWireError(key, path, 'Date');
  if (typeof value.nodeType === 'number' && typeof value.nodeName === 'string') {
    throw __gasWireError(key, path, 'DOM node');
  }
  for (var i = 0; i < ancestors.length; i++) {
    if (ancestors[i] === value) {
      var circular = new Error('Failed due to circular reference.');
      circular.wirePath = path;
      throw circular;
    }
  }
  var inner = ancestors.concat([value]);
  if (Array.isArray(value)) {
    var list = [];
    for (var j = 0; j < value.length; j++) {
      var item = __gasToWire(value[j], String(j), path + '[' + j + ']', inner);
      list.push(item === undefined ? null : item);
    }
    return list;
  }
  var proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) {
    throw __gasWireError(key, path, tag.slice(8, -1));
  }
  var copy = {};
  var keys = Object.keys(value);
  for (var k = 0; k < keys.length; k++) {
    var name = keys[k];
    if (name.length > 2 && name.slice(-2) === '__') continue;
    var field = __gasToWire(value[name], name, path + '.' + name, inner);
    if (field !== undefined) copy[name] = field;
  }
  return copy;
}
function __gasWireError(key, path, kind) {
  var error = new Error('Failed due to illegal value in property: ' + key);
  error.wirePath = path;
  error.wireKind = kind;
  return error;
}
function __gasArgsToWire(args) {
  var out = [];
  for (var i = 0; i < args.length; i++) {
    var item = __gasToWire(args[i], String(i), 'arguments[' + i + ']', []);
    out.push(item === undefined ? null : item);
  }
  return out;
}
`;

/** What a wire check found wrong: the message the page shows, and where the bad value sits (for emulator errors). */
export interface WireFailure extends Error {
  wirePath?: string;
  wireKind?: string;
}

interface WireRules {
  toWire(value: unknown, key: string, path: string, ancestors: unknown[]): unknown;
  argsToWire(args: readonly unknown[]): unknown[];
}

const rules = new Function(
  `${WIRE_RULES_SOURCE}\nreturn { toWire: __gasToWire, argsToWire: __gasArgsToWire };`,
)() as WireRules;

/** Checks and copies call arguments as the page does before sending them; throws the page's error. */
export function argsToWire(args: readonly unknown[]): unknown[] {
  return rules.argsToWire(args);
}

/** Checks and copies a return value by the same rules; `undefined` becomes `null`. */
export function resultToWire(value: unknown): unknown {
  const copy = rules.toWire(value, 'result', 'result', []);
  return copy === undefined ? null : copy;
}
