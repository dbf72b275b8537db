#!/usr/bin/env node
// Bundles the `rapporteur` command into one ES module, so it starts without compiling TypeScript.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStale } from './freshness.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const CLI_BUNDLE = 'out/cli/rapporteur.mjs';
const CLI_INPUTS = ['electron/cli', 'electron/core', 'electron/server', 'shared', 'templates', 'package.json', 'scripts/build-cli.mjs'];

export function cliIsStale(root = ROOT) {
  return isStale(root, [CLI_BUNDLE], CLI_INPUTS);
}

export async function buildCli(root = ROOT) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'electron/cli/main.ts')],
    outfile: join(root, CLI_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The native addon is loaded from node_modules at run time.
    external: ['better-sqlite3'],
    minify: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
}
