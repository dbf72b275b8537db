import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The seed documents: ../shared/seeds beside the checkout, or RAPPORTEUR_SEEDS. */
export function seedsDir(): string {
  const dir = process.env.RAPPORTEUR_SEEDS || fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
  if (!existsSync(dir)) throw new Error(`The seed documents are not at ${dir}; set RAPPORTEUR_SEEDS to their folder.`);
  return dir;
}

/** The text of the seed whose file name starts with `prefix` ("004_"). */
export function readSeed(prefix: string): string {
  const dir = seedsDir();
  const file = readdirSync(dir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`No seed starting with ${prefix} in ${dir}.`);
  return readFileSync(join(dir, file), 'utf8');
}
