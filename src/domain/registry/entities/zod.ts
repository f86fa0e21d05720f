/**
 * zod for the registry's schemas: the namespace import keeps locales out of the bundle, and `jitless` avoids
 * the `Function` probe Apps Script does not need (toolchain.md, traps 4–5). Never use `z.url()` (no `URL` there).
 */
import * as z from 'zod';

z.config({ jitless: true });

export { z };
