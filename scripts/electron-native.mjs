#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving the Node build in
// node_modules untouched so the CLI, the server and the tests keep working.
// Usage: node scripts/electron-native.mjs [--force]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NATIVE_DIR = '.electron-native';
export const BINARY_NAME = 'better_sqlite3.node';
const RECORD_NAME = 'version.json';
const HEADERS_URL = 'https://electronjs.org/headers';
/** What a build depends on; a change in any of them needs a new build. */
const BUILD_KEYS = ['electron', 'betterSqlite3', 'platform', 'arch'];

const APP_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

function packageVersion(root, name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** The build the app needs now: this Electron, this better-sqlite3, this machine. */
export function wantedBuild(root, platform = process.platform, arch = process.arch) {
  return { electron: packageVersion(root, 'electron'), betterSqlite3: packageVersion(root, 'better-sqlite3'), platform, arch };
}

/** The build recorded next to the binary, or null when there is none or it cannot be read. */
export function recordedBuild(root) {
  try {
    return JSON.parse(readFileSync(join(root, NATIVE_DIR, RECORD_NAME), 'utf8'));
  } catch {
    return null;
  }
}

/** Why the binary must be (re)built, or null when the one on disk fits. */
export function rebuildReason(recorded, wanted, binaryExists) {
  if (!binaryExists) return 'there is no Electron build of better-sqlite3 yet';
  if (!recorded || typeof recorded !== 'object') return 'the existing build has no version record';
  const changed = BUILD_KEYS.find((key) => recorded[key] !== wanted[key]);
  return changed ? `${changed} is now ${wanted[changed]} (the build is for ${recorded[changed] ?? 'unknown'})` : null;
}

function run(command, args, cwd, env) {
  // npx is a .cmd script on Windows, which only a shell can start.
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`node-gyp exited with ${result.status ?? result.signal}`);
}

/** npm's own node-gyp (named by npm scripts, or next to node), otherwise whatever npx finds. */
function nodeGyp(env = process.env) {
  const npmModules = process.platform === 'win32' ? ['node_modules'] : ['..', 'lib', 'node_modules'];
  const candidates = [
    env.npm_config_node_gyp,
    join(dirname(process.execPath), ...npmModules, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const found = candidates.find((path) => path && existsSync(path));
  return found ? { command: process.execPath, prefix: [found] } : { command: 'npx', prefix: ['--yes', 'node-gyp'] };
}

/**
 * The environment for node-gyp: a `nodedir` from .npmrc or `npm start` would make it
 * build against Node's headers whatever --target says, so it is emptied.
 */
function gypEnvironment(env = process.env) {
  const clean = Object.fromEntries(Object.entries(env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
  return { ...clean, npm_config_nodedir: '' };
}

/** The ABI a native module was built for: Node's own when it loads here, else the one Node's refusal names. */
export function moduleAbi(binary) {
  try {
    process.dlopen({ exports: {} }, binary);
    return process.versions.modules;
  } catch (error) {
    return /NODE_MODULE_VERSION (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  }
}

/** Refuses a build for another ABI: a stray `nodedir` or `target` setting can yield one for Node. */
function checkAbi(root, wanted, binary) {
  const abiFile = join(root, 'node_modules', 'electron', 'abi_version');
  if (!existsSync(abiFile)) return;
  const expected = readFileSync(abiFile, 'utf8').trim();
  const built = moduleAbi(binary);
  // Undefined means this Node could not tell (another platform's loader message); Electron will.
  if (built && built !== expected) {
    throw new Error(`the build is for ABI ${built}, but Electron ${wanted.electron} needs ${expected}`);
  }
}

function compile(root, wanted) {
  const source = join(root, 'node_modules', 'better-sqlite3');
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-electron-native-'));
  const outDir = join(root, NATIVE_DIR);
  // Copied, checked, then renamed, so a half-written or wrong binary is never taken for a good one.
  const partial = join(outDir, `${BINARY_NAME}.partial`);
  try {
    const copy = join(work, 'better-sqlite3');
    // Node's build/ stays behind: node-gyp starts from a clean tree for the other ABI.
    cpSync(source, copy, {
      recursive: true,
      filter: (path) => relative(source, path).split(sep)[0] !== 'build',
    });
    const gyp = nodeGyp();
    run(
      gyp.command,
      [
        ...gyp.prefix,
        'rebuild',
        '--release',
        `--target=${wanted.electron}`,
        `--arch=${wanted.arch}`,
        `--dist-url=${HEADERS_URL}`,
        '--runtime=electron',
      ],
      copy,
      gypEnvironment(),
    );
    mkdirSync(outDir, { recursive: true });
    copyFileSync(join(copy, 'build', 'Release', BINARY_NAME), partial);
    checkAbi(root, wanted, partial);
    renameSync(partial, join(outDir, BINARY_NAME));
    writeFileSync(join(outDir, RECORD_NAME), `${JSON.stringify(wanted, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(partial, { force: true });
  }
}

/** Makes sure the Electron build exists and fits; true when it does. Prints what it does. */
export function ensureElectronSqlite(root = APP_ROOT, { force = false } = {}) {
  const wanted = wantedBuild(root);
  const reason = force
    ? 'a rebuild was asked for'
    : rebuildReason(recordedBuild(root), wanted, existsSync(join(root, NATIVE_DIR, BINARY_NAME)));
  if (!reason) return true;
  console.log(`Building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron}: ${reason}.`);
  try {
    compile(root, wanted);
  } catch (error) {
    console.error(
      `Could not build better-sqlite3 for Electron ${wanted.electron}: ${error instanceof Error ? error.message : String(error)}.\n` +
        `It needs Python 3, a C++ compiler and access to ${HEADERS_URL}.`,
    );
    return false;
  }
  console.log(`Built ${join(NATIVE_DIR, BINARY_NAME)}.`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = ensureElectronSqlite(APP_ROOT, { force: process.argv.includes('--force') }) ? 0 : 1;
}
