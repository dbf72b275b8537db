// Whether a build output is older than its sources, by file times (no hashing: it runs on every start).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

/** True when an output is missing or older than any input (files or folders, relative to root). */
export function isStale(root, outputs, inputs) {
  const files = outputs.map((file) => join(root, file));
  if (!files.every((file) => existsSync(file))) return true;
  const built = Math.min(...files.map((file) => statSync(file).mtimeMs));
  return inputs.some((input) => newestChange(join(root, input)) > built);
}
