import { z } from 'zod';

// shared/domain builds zod schemas when imported (the renderer uses its kind names and item titles).
// Unless told not to compile validators, zod probes `new Function` there, which the CSP forbids and
// reports as a violation. This must run before anything imports shared/domain.
z.config({ jitless: true });
