import { z } from 'zod';

/**
 * zod compiles fast validators with `new Function` when it can; the renderer's
 * CSP forbids eval, and each attempt would be reported as a violation. Imported
 * first in main.tsx, before any schema is built.
 */
z.config({ jitless: true });
