// Builds what is pushed to Apps Script: dist/Code.js (one ES2019 script with a top-level function per export
// of src/index.ts), dist/<sidebar>.html (one self-contained file per sidebar folder, sidebar/<feature>/<name>/) and
// dist/appsscript.json. `node build.mjs [--production] [--watch] [--outdir DIR]`.
import * as esbuild from 'esbuild';
import {
  copyFileSync,
  existsSync,
  rmSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  watch,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMenus, checkScript } from './scripts/bundle-checks.cjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(root, 'src', 'index.ts');
const sidebarRoot = path.join(root, 'sidebar');
/** The IIFE's global; every generated stub delegates to it. */
const BUNDLE_GLOBAL = 'Nastavnik';
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Builds everything into `outdir`; throws when a check fails. Returns the names of the top-level functions. */
export async function build({ production = false, outdir = path.join(root, 'dist'), quiet = false } = {}) {
  mkdirSync(outdir, { recursive: true });
  const exports = await entryExports();
  const code = await bundleServer(exports, production);
  const functions = checkScript(code, exports);
  checkMenus(code, functions);
  writeFileSync(path.join(outdir, 'Code.js'), code);
  const sidebars = await buildSidebars(outdir, production);
  copyFileSync(path.join(root, 'appsscript.json'), path.join(outdir, 'appsscript.json'));
  if (!quiet) {
    console.log(`built ${path.relative(root, outdir)}/Code.js (${kb(code)}), ${exports.length} functions`);
    for (const [name, size] of sidebars)
      console.log(`built ${path.relative(root, outdir)}/${name}.html (${size})`);
  }
  return functions;
}

/** esbuild reports an entry's export names only for ESM output, so a quick ESM pass learns them. */
async function entryExports() {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return [...output.exports].sort();
}

async function bundleServer(exports, production) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: production,
    // Cyrillic as UTF-8, not \uXXXX escapes (6 bytes a letter instead of 2): every execution parses the bundle.
    charset: 'utf8',
    legalComments: 'none',
    define: { __VERSION__: JSON.stringify(version) },
    write: false,
    logLevel: 'silent',
  });
  const stubs = exports
    .map(
      (name) =>
        `/** Entry point for Apps Script (menu item, trigger or google.script.run): see src/index.ts. */\n` +
        `function ${name}() {\n  return ${BUNDLE_GLOBAL}.${name}.apply(this, arguments);\n}\n`,
    )
    .join('\n');
  return `${result.outputFiles[0].text}\n${stubs}`;
}

/**
 * The sidebars: every folder under sidebar/ (at any depth, sidebar/<feature>/<name>/) that has an index.html,
 * by the folder's name, which is the page's name in dist/ and in HtmlService.createHtmlOutputFromFile.
 */
export function sidebarFolders(dir = sidebarRoot) {
  if (!existsSync(dir)) return [];
  const found = existsSync(path.join(dir, 'index.html')) ? [[path.basename(dir), dir]] : [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...sidebarFolders(path.join(dir, entry.name)));
  }
  const names = found.map(([name]) => name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`two sidebar folders are named «${twice}»: a page name must be unique`);
  return found.sort(([a], [b]) => a.localeCompare(b));
}

/** One self-contained HTML file per sidebar folder: JS and CSS inlined. */
async function buildSidebars(outdir, production) {
  const built = [];
  for (const [name, dir] of sidebarFolders()) {
    const result = await esbuild.build({
      entryPoints: [path.join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      minify: production,
      charset: 'utf8',
      legalComments: 'none',
      write: false,
      outdir: 'out',
      logLevel: 'silent',
      loader: { '.css': 'css' },
    });
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
    const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
    const template = readFileSync(path.join(dir, 'index.html'), 'utf8');
    if (!template.includes('<!-- styles -->') || !template.includes('<!-- script -->')) {
      throw new Error(
        `${path.relative(root, dir)}/index.html needs the <!-- styles --> and <!-- script --> markers`,
      );
    }
    // A literal "</script" inside the inlined code would end the script element early.
    const html = template
      .replace('<!-- styles -->', () => `<style>\n${css}</style>`)
      .replace('<!-- script -->', () => `<script>\n${js.replace(/<\/script/gi, '<\\/script')}</script>`);
    writeFileSync(path.join(outdir, `${name}.html`), html);
    built.push([name, kb(html)]);
  }
  // A sidebar folder removed or renamed must not leave its old page behind to be pushed.
  const current = new Set(built.map(([name]) => `${name}.html`));
  for (const file of readdirSync(outdir)) {
    if (file.endsWith('.html') && !current.has(file)) rmSync(path.join(outdir, file));
  }
  return built;
}

function kb(text) {
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
}

async function main() {
  const args = process.argv.slice(2);
  const production = args.includes('--production');
  const outIndex = args.indexOf('--outdir');
  const outdir = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : undefined;
  await build({ production, outdir });
  if (!args.includes('--watch')) return;
  let timer;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => build({ production, outdir }).catch((e) => console.error(e.message)), 100);
  };
  for (const dir of ['src', 'sidebar']) watch(path.join(root, dir), { recursive: true }, rebuild);
  watch(path.join(root, 'appsscript.json'), rebuild);
  console.log('watching src/, sidebar/ and appsscript.json …');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
