import type { Workspace } from '../emulator/workspace';

/**
 * The page's side of the transport: google.script.run calls go to /api/invoke over fetch (the server answers
 * with ws.html.invoke's result, so the platform's wire rules apply), google.script.host actions and "the data
 * changed" go to the spreadsheet window by postMessage.
 */
const TRANSPORT = (which: string): string => `
(function () {
  var which = ${JSON.stringify(which)};
  var pending = {};
  var seq = 0;
  function tell(message) {
    try { window.parent.postMessage(Object.assign({ source: 'nastavnik-panel', which: which }, message), window.location.origin); } catch (e) {}
  }
  // A server function that shows Ui.alert/prompt: the spreadsheet window asks the person, then the call is made
  // again with the answers so far (see README «Run it locally», alerts and prompts).
  function ask(question) {
    return new Promise(function (resolve) {
      var id = ++seq;
      pending[id] = resolve;
      tell({ type: 'question', id: id, question: question });
    });
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== window.location.origin || !data || data.source !== 'nastavnik-window') return;
    if (data.type === 'answer' && pending[data.id]) {
      var resolve = pending[data.id];
      delete pending[data.id];
      resolve(data.answer);
    }
  });
  window.__gasInvoke = function (name, argsJson) {
    var answers = [];
    function attempt() {
      return fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: name, args: JSON.parse(argsJson), answers: answers })
      }).then(function (response) { return response.text(); }).then(function (text) {
        var data = JSON.parse(text);
        if (data && data.question) {
          return ask(data.question).then(function (answer) { answers.push(answer); return attempt(); });
        }
        tell({ type: 'changed' });
        return text;
      });
    }
    return attempt();
  };
  window.__gasInvokeHost = function (action, arg) { tell({ type: 'host', action: action, arg: arg }); };
  // Links to Google the add-on shows (a document, a form, a personal link) open here, on the emulator's copy.
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (!link) return;
    var local = localHref(link.getAttribute('href') || '');
    if (!local) return;
    event.preventDefault();
    window.open(local, '_blank', 'noopener');
  }, true);
  function localHref(href) {
    var base = 'https://docs.google.com/';
    if (href.indexOf(base) !== 0) return null;
    var path = href.slice(base.length - 1);
    var parts = path.split('?')[0].split('/');
    if (parts[1] === 'document' && parts[2] === 'd' && parts[3]) return '/doc/' + parts[3];
    if (parts[1] === 'forms' && parts[2] === 'd' && parts[3] === 'e' && parts[5] === 'viewform') return path;
    if (parts[1] === 'forms' && parts[2] === 'd' && parts[3] && parts[4] === 'edit') return '/form/' + parts[3];
    return null;
  }
})();
`;

/**
 * The sidebar's or dialog's HTML as the script made it, with the emulator's google.script.run shim (and its
 * transport) injected before any of the page's own scripts, as Apps Script serves it inside its iframe.
 */
export function panelHtml(ws: Workspace, html: string, which: 'sidebar' | 'dialog'): string {
  const shim = ws.html.clientShim(ws.scriptFunctionNames(), '__gasInvoke');
  const inject = `<script>${TRANSPORT(which)}\n${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}${inject}`);
  if (/<html[^>]*>/i.test(html)) return html.replace(/<html[^>]*>/i, (tag) => `${tag}<head>${inject}</head>`);
  return `<!doctype html><html><head><meta charset="utf-8">${inject}</head><body>${html}</body></html>`;
}
