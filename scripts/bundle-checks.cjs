// The checks build.mjs runs on dist/Code.js before anything can be pushed to Apps Script (CommonJS so that
// jest can test them directly).
const { parse } = require('acorn');
const vm = require('node:vm');

/** Fails unless the code is a plain ES2019 script whose top level declares a function per export. */
function checkScript(code, exports) {
  let program;
  try {
    program = parse(code, { ecmaVersion: 2019, sourceType: 'script' });
  } catch (error) {
    throw new Error(`dist/Code.js is not an ES2019 script (${error.message}); Apps Script would reject it.`);
  }
  const functions = new Set(
    program.body.filter((node) => node.type === 'FunctionDeclaration').map((node) => node.id.name),
  );
  const missing = exports.filter((name) => !functions.has(name));
  if (missing.length) throw new Error(`No top-level function for export(s): ${missing.join(', ')}`);
  return [...functions].sort();
}

/**
 * Runs onOpen of the bundle against a recording stand-in of the UI, in every auth mode, and fails when a
 * menu item names a function that is not a top-level function of the bundle (Apps Script would fail on click).
 */
function checkMenus(code, functions) {
  const items = [];
  const menu = () => {
    const m = {
      addItem: (caption, fn) => (items.push({ caption, fn }), m),
      addSeparator: () => m,
      addSubMenu: () => m,
      addToUi: () => undefined,
    };
    return m;
  };
  const ui = { createMenu: menu, createAddonMenu: menu };
  const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' };
  const context = vm.createContext({
    SpreadsheetApp: { getUi: () => ui },
    ScriptApp: { AuthMode },
    console,
  });
  vm.runInContext(code, context, { filename: 'Code.js' });
  if (typeof context.onOpen !== 'function') throw new Error('The bundle has no top-level onOpen');
  for (const authMode of Object.values(AuthMode)) context.onOpen({ authMode });
  const bad = items.filter(({ fn }) => !functions.includes(fn) || fn.endsWith('_'));
  if (bad.length) {
    throw new Error(
      `Menu items name no top-level function: ${bad.map((i) => `«${i.caption}» → ${i.fn}`).join(', ')}`,
    );
  }
  if (!items.length) throw new Error('onOpen built an empty menu');
}

module.exports = { checkMenus, checkScript };
