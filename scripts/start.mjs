#!/usr/bin/env node
// `npm start`: build if the sources changed, then open the desktop app, or browser mode
// where Electron's binary is missing. Extra arguments go to the app (e.g. --port, --library).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureElectronSqlite } from './electron-native.mjs';
import { isStale } from './freshness.mjs';

const APP_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const BUILD_INPUTS = ['electron/main', 'electron/preload', 'electron/core', 'shared', 'renderer', 'templates', 'electron.vite.config.ts', 'package.json'];

/** True when a build output is missing or older than any source it is built from. */
export function buildIsStale(root) {
  return isStale(root, BUILD_OUTPUTS, BUILD_INPUTS);
}

/**
 * Electron's executable, or undefined when it is not installed. Reads what
 * `require('electron')` would, without calling it: that call downloads the binary when missing.
 */
export function electronExecutable(root, env = process.env) {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  let executable;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) executable = join(env.ELECTRON_OVERRIDE_DIST_PATH, recorded || 'electron');
  else if (recorded) executable = join(electronDir, 'dist', recorded);
  return executable && existsSync(executable) ? executable : undefined;
}

function exitWith(child) {
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main(args) {
  if (buildIsStale(APP_ROOT)) {
    const build = spawnSync(process.execPath, [join(APP_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
      cwd: APP_ROOT,
      stdio: 'inherit',
    });
    if (build.status !== 0) {
      console.error('The build failed; see the messages above.');
      process.exit(build.status ?? 1);
    }
  }

  // `npm run serve` (--browser) asks for browser mode even where Electron is present.
  const browserOnly = args.includes('--browser');
  const rest = args.filter((arg) => arg !== '--browser');
  if (!browserOnly && electronExecutable(APP_ROOT)) {
    if (ensureElectronSqlite(APP_ROOT)) {
      exitWith(spawn(process.execPath, [join(APP_ROOT, 'node_modules', 'electron', 'cli.js'), '.', ...rest], { cwd: APP_ROOT, stdio: 'inherit' }));
      return;
    }
    console.log('The desktop app cannot open its library without that build; starting browser mode instead.');
  } else if (!browserOnly) {
    console.log('Electron is not available on this machine; starting browser mode instead.');
  }
  exitWith(spawn(process.execPath, [join(APP_ROOT, 'bin', 'rapporteur.mjs'), 'serve', ...rest], { cwd: APP_ROOT, stdio: 'inherit' }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
