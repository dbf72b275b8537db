import type * as fs from 'node:fs';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { Backups, BackupScheduler, backupsToKeep, restoreUnopenable, type Timers } from '../../electron/core/library/backups';
import { checkLibrary } from '../../electron/core/library/check';
import { Library } from '../../electron/core/library/library';
import { MIGRATIONS } from '../../electron/core/library/migrations';
import { SAMPLE_LIBRARY } from '../../electron/core/library/sample';
import type { Core } from '../../electron/core/container';
import { richText } from '../../shared/richtext';
import { fingerprint, tempCore, tempDir } from '../helpers/temp-library';

/** Changes of every sort a person makes: a new item, an edit, a deletion, a named version. */
function changeEverything(core: Core): void {
  const { library } = core;
  library.create('source', { title: 'Added after the backup', type: 'other' });
  const lesson = library.items.list('lesson', {}, 1, 0).items[0]!;
  library.update('lesson', lesson.id, { title: 'Edited after the backup' });
  const document = library.items.list('document', {}, 1, 0).items[0]!;
  library.snapshot(document.id, 'after the backup');
  library.create('document', { title: 'Later brief', templateId: 'from-policy-to-action', state: richText('Later.') });
}

/** Timers a test moves by hand: no waiting, no real clock. */
function manualTimers() {
  let pending: { run: () => void; at: number }[] = [];
  let now = 0;
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const entry = { run, at: now + ms };
      pending.push(entry);
      return entry;
    },
    clearTimeout: (handle) => {
      pending = pending.filter((entry) => entry !== handle);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const entry of pending.filter((candidate) => candidate.at <= now)) {
      pending = pending.filter((candidate) => candidate !== entry);
      entry.run();
    }
  };
  return { timers, advance, pending: () => pending.length };
}

describe('backups', () => {
  it('bring the library back exactly as it was, while it stays open, after backing up its current state', async () => {
    const core = tempCore();
    const before = fingerprint(core.library.db);
    const backup = await core.api['backups.create']({});
    changeEverything(core);
    const changed = fingerprint(core.library.db);
    expect(changed).not.toBe(before);

    const result = await core.api['backups.restore']({ name: backup.name });
    expect(fingerprint(core.library.db)).toBe(before);
    expect(checkLibrary(core.library)).toEqual([]);
    // The library goes on working: search finds what came back, new items are saved.
    const { results } = await core.api.search({ query: 'delivery unit' });
    expect(results.length).toBeGreaterThan(0);
    await core.api['items.create']({ kind: 'source', data: { title: 'After the restore', type: 'other' } });

    // The state before the restore was kept, and can itself be restored.
    const listed = await core.api['backups.list']({});
    expect(listed.map((entry) => entry.name)).toEqual([result.safetyBackup.name, backup.name]);
    expect(result.safetyBackup.name).toMatch(/before-restore/);
    await core.backups.restore(result.safetyBackup.path);
    expect(fingerprint(core.library.db)).toBe(changed);
  });

  it('restore a backup made by an older version, bringing it up to this version’s schema', async () => {
    const core = tempCore();
    const old = join(tempDir(), 'old.sqlite');
    const older = Library.open({ path: old, migrations: MIGRATIONS.slice(0, 5), sample: SAMPLE_LIBRARY });
    const expected = fingerprint(older.db);
    older.close();
    await core.backups.restore(old);
    expect(fingerprint(core.library.db)).toBe(expected);
    expect(checkLibrary(core.library)).toEqual([]);
    expect(core.library.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
  });

  const refused: [string, (dir: string) => string, RegExp][] = [
    ['a file that is not a database', (dir) => write(join(dir, 'notes.sqlite'), 'Lesson 1: not a database'), /is not a Rapporteur library/],
    ['an empty file', (dir) => write(join(dir, 'empty.sqlite'), ''), /is not a Rapporteur library/],
    [
      'another program’s database',
      (dir) => {
        const path = join(dir, 'other.sqlite');
        const db = new BetterSqlite3(path);
        db.exec('CREATE TABLE contacts (name TEXT)');
        db.close();
        return path;
      },
      /is not a Rapporteur library/,
    ],
    [
      'a library from a newer Rapporteur',
      (dir) => {
        const path = join(dir, 'newer.sqlite');
        Library.open({ path }).close();
        const db = new BetterSqlite3(path);
        db.prepare("INSERT INTO schema_migrations VALUES (99, 'from-the-future', 'x', '2030-01-01')").run();
        db.close();
        return path;
      },
      /newer version of Rapporteur/,
    ],
    [
      'a damaged backup',
      (dir) => {
        const path = join(dir, 'damaged.sqlite');
        const library = Library.open({ path, sample: SAMPLE_LIBRARY });
        library.db.pragma('wal_checkpoint(TRUNCATE)');
        library.close();
        const db = new BetterSqlite3(path);
        const pages = db.pragma('page_count', { simple: true }) as number;
        db.close();
        // Scribble over the pages after the first: the header still says SQLite, the tree is broken.
        const bytes = readFileSync(path);
        for (let page = 1; page < pages; page += 1) bytes.fill(0x5a, page * 4096 + 100, page * 4096 + 300);
        return write(path, bytes);
      },
      /damaged|not a Rapporteur library|cannot be read/,
    ],
  ];

  function write(path: string, content: string | Buffer): string {
    writeFileSync(path, content);
    return path;
  }

  it.each(refused)('refuse %s, naming it, leaving the library and the backups as they were', async (_what, make, problem) => {
    const core = tempCore();
    const file = make(tempDir());
    const before = fingerprint(core.library.db);
    await expect(core.backups.restore(file)).rejects.toThrow(problem);
    await expect(core.backups.restore(file)).rejects.toThrow(file);
    expect(fingerprint(core.library.db)).toBe(before);
    expect(core.backups.list()).toEqual([]);
  });

  it('refuse a backup in which an item is not valid, naming the backup and the item, leaving the library as it was', async () => {
    const core = tempCore();
    const backup = await core.api['backups.create']({});
    const lesson = core.library.items.list('lesson', {}, 1, 0).items[0]!;
    const edited = new BetterSqlite3(backup.path);
    edited.prepare('UPDATE items SET data = ? WHERE id = ?').run('{"x":1}', lesson.id);
    edited.close();
    const before = fingerprint(core.library.db);

    const answer = await core.call('backups.restore', { name: backup.name });
    expect(answer).toMatchObject({ ok: false, error: { type: 'invalid-input' } });
    const message = answer.ok ? '' : answer.error.message;
    expect(message.startsWith(`${backup.path} cannot be restored: 1 item in it is not valid (lesson ${lesson.id}: title: `), message).toBe(true);
    expect(message).toMatch(/\)\. The library was not changed; choose another backup\.$/);
    expect(fingerprint(core.library.db)).toBe(before);
    expect(core.backups.list().map((entry) => entry.name)).toEqual([backup.name]);
    // The library goes on working: the lesson shows and the whole library exports.
    expect(await core.api['items.get']({ kind: 'lesson', id: lesson.id })).toMatchObject({ data: { title: lesson.title } });
    expect((await core.api['bundles.export']({})).base64.length).toBeGreaterThan(0);
  });

  it('name the first few invalid items of a backup and stop looking', async () => {
    const core = tempCore();
    const file = join(tempDir(), 'edited.sqlite');
    await core.library.backup(file);
    const edited = new BetterSqlite3(file);
    edited.prepare("UPDATE items SET data = '{}' WHERE kind = 'source'").run();
    edited.close();
    await expect(core.backups.restore(file)).rejects.toThrow(/cannot be restored: at least 3 items in it are not valid \(source [0-9a-f-]{36}: title: [^;]+; source [0-9a-f-]{36}: title: [^;]+; source [0-9a-f-]{36}: title: [^;]+\)\. The library was not changed/);
  });

  it('take only a listed backup’s name over the API, never a path elsewhere', async () => {
    const core = tempCore();
    const answer = await core.call('backups.restore', { name: 'missing.sqlite' });
    expect(answer).toMatchObject({ ok: false, error: { type: 'not-found', message: expect.stringContaining('List the backups') } });
  });

  it('keep the 20 newest and the first of each of the last 7 days', () => {
    const now = new Date('2026-11-24T18:00:00.000Z');
    const hourly = Array.from({ length: 24 * 10 }, (_, hour) => {
      const createdAt = new Date(now.getTime() - hour * 3600_000).toISOString();
      return { name: createdAt, createdAt };
    });
    const kept = [...backupsToKeep(hourly, now)].sort().reverse();
    const newest = hourly.slice(0, 20).map((entry) => entry.name);
    const firstOfDays = ['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'].map((day) => `${day}T00:00:00.000Z`);
    expect(kept).toEqual([...new Set([...newest, ...firstOfDays])].sort().reverse());
  });

  it('trim the history as new ones are made', async () => {
    let clock = Date.parse('2026-11-24T09:00:00.000Z');
    const core = tempCore();
    const backups = new Backups(core.library, { now: () => new Date(clock) });
    for (let i = 0; i < 25; i += 1) {
      clock += 60_000;
      await backups.create();
    }
    const times = backups.list().map((entry) => entry.createdAt);
    // The 20 newest, and the first of today.
    expect(times).toHaveLength(21);
    expect(times.at(-1)).toBe('2026-11-24T09:01:00.000Z');
    expect(times[0]).toBe('2026-11-24T09:25:00.000Z');
  });
});

/** When set, moving a restore's checked copy onto this path fails, as on a failing disk. */
let failRenameOnto: string | undefined;
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const renameSync: typeof actual.renameSync = (from, to) => {
    if (to === failRenameOnto && String(from).includes('.restore-')) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    actual.renameSync(from, to);
  };
  return { ...actual, default: { ...actual, renameSync }, renameSync };
});

describe('restoring a library that cannot be opened', () => {
  /** A library folder whose library.sqlite (and its -wal and -shm) is scribbled over, and a sound backup elsewhere. */
  async function unopenable() {
    const core = tempCore();
    const backup = join(tempDir(), 'last-good.sqlite');
    await core.library.backup(backup);
    const library = core.library.path;
    core.close();
    for (const suffix of ['', '-wal', '-shm']) writeFileSync(`${library}${suffix}`, `scribbled${suffix}`);
    return { library, backup };
  }

  it('sets the unreadable file and its -wal and -shm aside where the backups list never shows or trims them', async () => {
    const { library, backup } = await unopenable();
    const { setAside } = await restoreUnopenable(library, backup, { now: () => new Date('2026-11-24T09:00:00.000Z') });
    expect(setAside).toBe(join(dirname(library), 'backups', 'unreadable', 'library-2026-11-24T09-00-00-000Z-unreadable.sqlite'));
    for (const suffix of ['', '-wal', '-shm']) expect(readFileSync(`${setAside}${suffix}`, 'utf8')).toBe(`scribbled${suffix}`);

    const reopened = Library.open({ path: library });
    let clock = Date.parse('2026-11-24T10:00:00.000Z');
    const backups = new Backups(reopened, { now: () => new Date((clock += 60_000)) });
    for (let i = 0; i < 25; i += 1) await backups.create();
    expect(backups.list()).toHaveLength(21);
    expect(backups.list().some((entry) => entry.name.includes('unreadable'))).toBe(false);
    expect(existsSync(setAside)).toBe(true);
    reopened.close();
  });

  it('puts the unreadable file back when the backup cannot take its place', async () => {
    const { library, backup } = await unopenable();
    failRenameOnto = library;
    try {
      await expect(restoreUnopenable(library, backup)).rejects.toThrow(`${library} could not be replaced by the backup (EIO: i/o error, rename); it was left as it was.`);
    } finally {
      failRenameOnto = undefined;
    }
    for (const suffix of ['', '-wal', '-shm']) expect(readFileSync(`${library}${suffix}`, 'utf8')).toBe(`scribbled${suffix}`);
    expect(readdirSync(join(dirname(library), 'backups', 'unreadable'))).toEqual([]);
    expect(readdirSync(dirname(library)).filter((name) => name.startsWith('.restore-'))).toEqual([]);
  });
});

describe('temporary files left by a crash', () => {
  it('are removed when the backups are next opened: an hour old, or a restore’s whose process has ended', () => {
    const core = tempCore();
    const beside = dirname(core.library.path);
    mkdirSync(core.backups.folder, { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    const file = (path: string, old = false) => {
      writeFileSync(path, 'partial');
      if (old) utimesSync(path, twoHoursAgo, twoHoursAgo);
      return path;
    };
    const stalePart = file(join(core.backups.folder, '.library-2026-11-24T09-00-00-000Z.sqlite.part'), true);
    const freshPart = file(join(core.backups.folder, '.library-2026-11-24T10-00-00-000Z.sqlite.part'));
    const staleRestore = file(join(beside, `.restore-${process.pid}-1764000000000.sqlite`), true);
    // A pid no process has: Linux and macOS never hand out one this high.
    const deadRestore = file(join(beside, '.restore-99999999-1764000000000.sqlite'));
    const deadRestoreWal = file(join(beside, '.restore-99999999-1764000000000.sqlite-wal'));
    const liveRestore = file(join(beside, `.restore-${process.pid}-1764000000001.sqlite`));
    const unrelated = file(join(beside, 'notes.part'), true);

    new Backups(core.library);
    for (const gone of [stalePart, staleRestore, deadRestore, deadRestoreWal]) expect(existsSync(gone), gone).toBe(false);
    for (const kept of [freshPart, liveRestore, unrelated, core.library.path]) expect(existsSync(kept), kept).toBe(true);
  });
});

describe('the backup scheduler', () => {
  it('backs up on start, then every 15 minutes only while the library changed, and stops', async () => {
    const core = tempCore();
    const { timers, advance, pending } = manualTimers();
    const made: string[] = [];
    const scheduler = new BackupScheduler(core.backups, core.library, { timers, onBackup: (entry) => made.push(entry.name) });
    await scheduler.start();
    expect(made).toHaveLength(1);

    advance(15 * 60_000);
    await scheduler.idle();
    expect(made).toHaveLength(1);

    core.library.create('source', { title: 'Written while the app runs', type: 'other' });
    advance(14 * 60_000);
    await scheduler.idle();
    expect(made).toHaveLength(1);
    advance(60_000);
    await scheduler.idle();
    expect(made).toHaveLength(2);

    // A change by another program (the CLI) on the same file counts too.
    const other = new BetterSqlite3(core.library.path);
    other.prepare("UPDATE items SET title = title || '.' WHERE kind = 'source'").run();
    other.close();
    advance(15 * 60_000);
    await scheduler.idle();
    expect(made).toHaveLength(3);

    scheduler.stop();
    expect(pending()).toBe(0);
    expect(existsSync(core.backups.folder)).toBe(true);
  });
});
