import * as esbuild from 'esbuild';

/** Bundles the spreadsheet window's script (playground/page/main.ts) for the browser, in memory. */
export async function buildPage(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
