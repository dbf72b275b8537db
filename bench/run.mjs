#!/usr/bin/env node
// Runs a benchmark: bundles bench/<name>.ts (TypeScript, importing the core) and runs it.
// Usage: npm run bench -- search
// The benchmarks are the .ts files directly in bench/; bench/lib/ holds what they share.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_REQUIRE_BANNER } from '../scripts/build-cli.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const available = readdirSync(join(root, 'bench'), { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => entry.name.slice(0, -3));
const names = process.argv.slice(2).length ? process.argv.slice(2) : available;

for (const name of names) {
  if (!available.includes(name)) {
    console.error(`No benchmark "${name}". Benchmarks: ${available.join(', ')}.`);
    process.exit(2);
  }
  const outfile = join(root, 'out', 'bench', `${name}.mjs`);
  await build({ entryPoints: [join(root, 'bench', `${name}.ts`)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['better-sqlite3'], banner: { js: NODE_REQUIRE_BANNER }, logLevel: 'warning' });
  console.log(`\n== bench/${name} ==`);
  const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
