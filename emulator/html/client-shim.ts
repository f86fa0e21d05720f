import { WIRE_RULES_SOURCE } from './wire-rules';

/** How many `google.script.run` calls run at once; the next one waits (§3.3 [DOC] "allows 10 concurrent calls"). */
export const MAX_CONCURRENT_CALLS = 10;

/**
 * What the failure handler gets when the connection drops after the server ran the call: the server may have done
 * it. [UNVERIFIED: the text as people report it from live sidebars; no documentation names it.]
 */
export const LOST_ANSWER = {
  name: 'NetworkError',
  message: 'NetworkError: Connection failure due to HTTP 0',
};

/**
 * The page half of `google.script.run` (§3.3, §3.4), as a script to inject before the page's own scripts.
 * - Each server function is an own enumerable key of `google.script.run` (gas-client lists them with Object.keys,
 *   toolchain trap 12); so are `withSuccessHandler`, `withFailureHandler` and `withUserObject`, which gas-client skips.
 * - Runners are frozen; every `with*` call returns a new one.
 * - Arguments are checked and copied by the same rules as the server (wire-rules.ts). An illegal one throws from
 *   the call itself, as live [FIELD: "the exception happens while sending and never reaches withFailureHandler"].
 *   A `<form>` is allowed as the sole argument and becomes {name: string value}; file inputs are not emulated.
 * - The call goes through `window[transportName](name, argsJson)`, which resolves to the JSON of an InvokeResult.
 * - A failure reaches the failure handler as an Error (name and message from the server); with no handler it is
 *   logged with console.error; `withFailureHandler(null)` silences it.
 * - `google.script.host.close/setWidth/setHeight/editor.focus` call `window[transportName + 'Host'](action, arg)`.
 * - `google.script.url.getLocation(cb)` answers with no hash and no parameters: a sidebar has no URL of its own
 *   [UNVERIFIED for sidebars; the shape {hash, parameter, parameters} is the web-app one].
 * - A lost answer (the connection dropped after the server ran the call), for tests of retries: while
 *   `window[transportName + 'LoseAnswers']` is a number above 0, the next answer to arrive is dropped, the number
 *   goes down by one, and the call's failure handler gets LOST_ANSWER; the server ran the call as usual.
 */
export function clientShim(functionNames: readonly string[], transportName = '__gasInvoke'): string {
  const config = JSON.stringify({
    names: functionNames,
    transport: transportName,
    max: MAX_CONCURRENT_CALLS,
    lost: LOST_ANSWER,
  });
  return `(function (config) {\n${WIRE_RULES_SOURCE}\n${SHIM_SOURCE}\n})(${config.replace(/</g, '\\u003c')});\n`;
}

const SHIM_SOURCE = String.raw`
var w = window;
var active = 0;
var waiting = [];

function formToObject(form) {
  var out = {};
  var elements = form.elements || [];
  for (var i = 0; i < elements.length; i++) {
    var el = elements[i];
    if (!el.name || el.disabled) continue;
    var type = String(el.type || '').toLowerCase();
    if ((type === 'checkbox' || type === 'radio') && !el.checked) continue;
    if (type === 'file' || type === 'submit' || type === 'button' || type === 'reset') continue;
    out[el.name] = String(el.value == null ? '' : el.value);
  }
  return out;
}

function isForm(value) {
  return value !== null && typeof value === 'object' && value.nodeType === 1 &&
    String(value.tagName || '').toUpperCase() === 'FORM';
}

function pump() {
  while (active < config.max && waiting.length) {
    var job = waiting.shift();
    active++;
    job();
  }
}

function settle(handlers, outcome) {
  if (outcome.ok) {
    if (typeof handlers.success === 'function') handlers.success(outcome.value, handlers.userObject);
    return;
  }
  var error = new Error(outcome.error.message);
  error.name = outcome.error.name;
  if (typeof handlers.failure === 'function') handlers.failure(error, handlers.userObject);
  else if (handlers.failure === undefined) w.console.error(error);
}

function call(name, args, handlers) {
  var list = Array.prototype.slice.call(args);
  if (list.length === 1 && isForm(list[0])) list = [formToObject(list[0])];
  var json = JSON.stringify(__gasArgsToWire(list));
  waiting.push(function () {
    Promise.resolve()
      .then(function () {
        var transport = w[config.transport];
        if (typeof transport !== 'function') throw new Error('google.script.run: no transport window.' + config.transport);
        return transport(name, json);
      })
      .then(function (text) { return typeof text === 'string' ? JSON.parse(text) : text; })
      .then(null, function (e) { return { ok: false, error: { name: 'Error', message: String(e && e.message || e) } }; })
      .then(function (outcome) {
        var lose = w[config.transport + 'LoseAnswers'];
        if (typeof lose === 'number' && lose > 0) {
          w[config.transport + 'LoseAnswers'] = lose - 1;
          outcome = { ok: false, error: config.lost };
        }
        return outcome;
      })
      .then(function (outcome) {
        active--;
        pump();
        settle(handlers, outcome);
      })
      .then(null, function (e) { w.console.error(e); });
  });
  pump();
}

function runner(handlers) {
  var r = {};
  config.names.forEach(function (name) {
    r[name] = function () { call(name, arguments, handlers); };
  });
  r.withSuccessHandler = function (fn) {
    return runner({ success: fn, failure: handlers.failure, userObject: handlers.userObject });
  };
  r.withFailureHandler = function (fn) {
    return runner({ success: handlers.success, failure: fn, userObject: handlers.userObject });
  };
  r.withUserObject = function (obj) {
    return runner({ success: handlers.success, failure: handlers.failure, userObject: obj });
  };
  return Object.freeze(r);
}

function hostCall(action) {
  return function (arg) {
    var host = w[config.transport + 'Host'];
    if (typeof host === 'function') host(action, arg);
  };
}

w.google = w.google || {};
w.google.script = w.google.script || {};
w.google.script.run = runner({ success: undefined, failure: undefined, userObject: undefined });
w.google.script.host = {
  close: hostCall('close'),
  setHeight: hostCall('setHeight'),
  setWidth: hostCall('setWidth'),
  editor: { focus: hostCall('focus') }
};
w.google.script.url = {
  getLocation: function (callback) {
    Promise.resolve().then(function () { callback({ hash: '', parameter: {}, parameters: {} }); });
  }
};
`;
