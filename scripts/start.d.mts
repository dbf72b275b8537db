/** Types for scripts/start.mjs, so TypeScript tests can import it. */
export function buildIsStale(root: string): boolean;
export function electronExecutable(root: string, env?: Record<string, string | undefined>): string | undefined;
