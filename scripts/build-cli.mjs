#!/usr/bin/env node
// Bundles the `rapporteur` command into one CommonJS file, so it starts without compiling
// TypeScript, and bin/rapporteur.mjs can keep V8's compiled code for it between runs.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStale } from './freshness.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** Gives CommonJS code bundled into an ES module the `require` it expects. */
export const NODE_REQUIRE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export const CLI_BUNDLE = 'out/cli/rapporteur.cjs';
/** Exports and the reading of files to import run on worker threads, from this file beside the bundle. */
export const WORKER_BUNDLE = 'out/cli/core-worker.mjs';
const CLI_INPUTS = ['electron/cli', 'electron/core', 'electron/server', 'shared', 'templates', 'package.json', 'scripts/build-cli.mjs'];

export function cliIsStale(root = ROOT) {
  return isStale(root, [CLI_BUNDLE, WORKER_BUNDLE], CLI_INPUTS);
}

export async function buildCli(root = ROOT) {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The native addon is loaded from node_modules at run time.
    external: ['better-sqlite3'],
    minify: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    // CommonJS dependencies (yauzl) require Node's built-in modules; an ES module has no `require` of its own.
    banner: { js: NODE_REQUIRE_BANNER },
  };
  await Promise.all([
    // CommonJS, so bin/rapporteur.mjs can load it through node:vm with a code cache (Node 20 has none for ES modules).
    build({ ...common, entryPoints: [join(root, 'electron/cli/main.ts')], outfile: join(root, CLI_BUNDLE), format: 'cjs', banner: {} }),
    build({ ...common, entryPoints: [join(root, 'electron/core/worker/thread.ts')], outfile: join(root, WORKER_BUNDLE) }),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
}
