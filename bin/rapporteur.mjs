#!/usr/bin/env node
// The `rapporteur` command. Runs the bundled CLI, rebuilding it first in a
// source checkout when the sources are newer (a few hundred milliseconds, only then).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bundle = join(root, 'out', 'cli', 'rapporteur.mjs');

if (existsSync(join(root, 'electron', 'cli'))) {
  const { buildCli, cliIsStale } = await import('../scripts/build-cli.mjs');
  if (cliIsStale(root)) await buildCli(root);
}
await import(pathToFileURL(bundle).href);
