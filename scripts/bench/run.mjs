// `npm run bench [-- --json] [-- --scale 0.1]`: builds the add-on for production (build.mjs) into
// node_modules/.cache/bench/dist, compiles scripts/bench/cli.ts with esbuild as the playground does, and runs it.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../../build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'node_modules', '.cache', 'bench');
const args = process.argv.slice(2);

async function main() {
  const dist = path.join(out, 'dist');
  await build({ production: true, outdir: dist, quiet: true });
  const cli = path.join(out, 'cli.cjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'scripts', 'bench', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: cli,
    logLevel: 'warning',
  });
  process.exitCode = createRequire(import.meta.url)(cli).main(args, dist, cli);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
