import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moduleAbi, rebuildReason, type NativeBuild } from '../../scripts/electron-native.mjs';
import { buildIsStale, electronExecutable } from '../../scripts/start.mjs';

const wanted: NativeBuild = { electron: '45.4.1', betterSqlite3: '12.9.0', platform: 'linux', arch: 'x64' };

describe('the Electron build of better-sqlite3', () => {
  it('is built when missing, unrecorded, or built for something else', () => {
    expect(rebuildReason(wanted, wanted, false)).toMatch(/no Electron build/);
    expect(rebuildReason(null, wanted, true)).toMatch(/no version record/);
    expect(rebuildReason({ ...wanted, electron: '44.0.0' }, wanted, true)).toBe('electron is now 45.4.1 (the build is for 44.0.0)');
    expect(rebuildReason({ ...wanted, betterSqlite3: '12.8.0' }, wanted, true)).toMatch(/^betterSqlite3 is now 12\.9\.0/);
    expect(rebuildReason({ ...wanted, arch: 'arm64' }, wanted, true)).toMatch(/^arch/);
    expect(rebuildReason({ electron: '45.4.1' }, wanted, true)).toMatch(/^betterSqlite3/);
  });

  it('is kept when it was built for this Electron, this better-sqlite3 and this machine', () => {
    expect(rebuildReason({ ...wanted }, wanted, true)).toBeNull();
  });

  it('is checked for the ABI it was built for (node_modules holds the build for Node)', () => {
    const nodeBuild = join(process.cwd(), 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(moduleAbi(nodeBuild)).toBe(process.versions.modules);
    expect(moduleAbi(join(process.cwd(), 'package.json'))).toBeUndefined();
  });
});

describe('npm start', () => {
  const roots: string[] = [];
  const appRoot = () => {
    const root = mkdtempSync(join(tmpdir(), 'rapporteur-start-'));
    roots.push(root);
    return root;
  };
  const write = (root: string, file: string, text = '') => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('finds no Electron when its binary was never downloaded', () => {
    const root = appRoot();
    write(root, 'node_modules/electron/package.json', '{}');
    expect(electronExecutable(root, {})).toBeUndefined();
    write(root, 'node_modules/electron/path.txt', 'electron');
    expect(electronExecutable(root, {})).toBeUndefined();
  });

  it('finds Electron where path.txt says, or under ELECTRON_OVERRIDE_DIST_PATH', () => {
    const root = appRoot();
    write(root, 'node_modules/electron/path.txt', 'electron');
    write(root, 'node_modules/electron/dist/electron');
    expect(electronExecutable(root, {})).toBe(join(root, 'node_modules/electron/dist/electron'));

    write(root, 'custom/electron');
    expect(electronExecutable(root, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'custom') })).toBe(join(root, 'custom/electron'));
    expect(electronExecutable(root, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'elsewhere') })).toBeUndefined();
  });

  it('builds when an output is missing or a source is newer than the build', () => {
    const root = appRoot();
    write(root, 'renderer/src/App.tsx');
    expect(buildIsStale(root)).toBe(true);

    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) write(root, file);
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'renderer/src/App.tsx'), past, past);
    utimesSync(join(root, 'renderer/src'), past, past);
    utimesSync(join(root, 'renderer'), past, past);
    expect(buildIsStale(root)).toBe(false);

    write(root, 'renderer/src/App.tsx', 'changed');
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'renderer/src/App.tsx'), future, future);
    expect(buildIsStale(root)).toBe(true);
  });
});
