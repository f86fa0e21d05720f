// `npm start` and `npm run scenario`: builds the add-on (build.mjs), compiles the playground's TypeScript with
// esbuild into .playground/build/, and runs it. `node playground/run.mjs start|scenario [args…]`.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...args] = process.argv.slice(2);

async function main() {
  if (command !== 'start' && command !== 'scenario') {
    throw new Error(
      'usage: node playground/run.mjs start [--port N] [--empty] | scenario FILE.json [--out SNAPSHOT.json]',
    );
  }
  await build({ quiet: command === 'scenario' });
  const outfile = path.join(root, '.playground', 'build', 'cli.cjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'playground', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  const cli = createRequire(import.meta.url)(outfile);
  if (command === 'start') await cli.serve(root, args);
  else process.exitCode = cli.scenario(root, args);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
