/**
 * zod for the registry's schemas, imported as a namespace (`import * as z from './zod'`) so the bundle keeps only
 * what is used: re-exporting the namespace object itself would drag every locale in (docs/toolchain.md, trap 4).
 * `jitless` avoids the `Function` probe Apps Script does not need (trap 5). Never use `z.url()` (no `URL` there).
 */
import { config } from 'zod';

config({ jitless: true });

export * from 'zod';
