#!/usr/bin/env node
// The `rapporteur` command. Runs the bundled CLI, rebuilding it first in a
// source checkout when the sources are newer (a few hundred milliseconds, only then).
//
// The bundle is loaded through node:vm with V8's code cache, kept beside it: a
// command then starts without compiling the bundle again (Node 20 caches no
// compiled code for modules itself). There is one cache per command, written at
// the end of its first run so it holds the functions that command runs, and named
// by the bundle's size and time, since V8 itself checks little more than the
// source's length. A cache that cannot be written is simply not kept.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'out');
const bundle = join(outDir, 'cli', 'rapporteur.cjs');

if (existsSync(join(root, 'electron', 'cli'))) {
  const { buildCli, cliIsStale } = await import('../scripts/build-cli.mjs');
  if (cliIsStale(root)) await buildCli(root);
}

const source = readFileSync(bundle, 'utf8');
const built = statSync(bundle);
const version = `${built.size}-${Math.round(built.mtimeMs)}`;
const command = /^[a-z][a-z-]{0,19}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
const cacheFile = `${bundle}.${version}.${command}.v8-cache`;

function readCache() {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

const cachedData = readCache();
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));

// Written when a command ends, so the functions it ran are in the cache too; a mistyped command keeps none.
if ((cachedData === undefined || script.cachedDataRejected) && module.exports.isCommand(command)) {
  process.once('exit', () => {
    try {
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
      // Caches of an earlier build are of no more use.
      for (const name of readdirSync(dirname(bundle))) {
        if (name.endsWith('.v8-cache') && !name.includes(`.${version}.`)) rmSync(join(dirname(bundle), name), { force: true });
      }
    } catch {
      // A read-only install: run without a cache.
    }
  });
}

process.exitCode = await module.exports.main(process.argv.slice(2), {
  rendererDir: join(outDir, 'renderer'),
  worker: join(outDir, 'cli', 'core-worker.mjs'),
});
