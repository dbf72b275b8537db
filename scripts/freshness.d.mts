/** Types for scripts/freshness.mjs. */
export function isStale(root: string, outputs: string[], inputs: string[]): boolean;
