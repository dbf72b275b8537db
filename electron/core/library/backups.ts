import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { BackupEntry } from '../../../shared/backups';
import { ApiError, messageOf } from '../../../shared/errors';
import { KINDS, type Kind } from '../../../shared/domain';
import { plural } from '../../../shared/words';
import { Library } from './library';

/**
 * Snapshots of the library in a `backups` folder beside it, made with SQLite's
 * online backup while the library stays open, and restore from one of them.
 *
 * Kept: the 20 newest, and the oldest of each of the last 7 days (UTC), so a
 * busy afternoon cannot push out last week's state. A restore first keeps a
 * backup of the library as it is, so a restore can itself be undone.
 */
export const BACKUPS_FOLDER = 'backups';
/** Inside the backups folder, where a library that could not be opened is set aside; never listed, never pruned. */
export const UNREADABLE_FOLDER = 'unreadable';
export const KEEP_NEWEST = 20;
export const KEEP_DAYS = 7;
/** How often the app takes a snapshot while the library keeps changing. */
export const BACKUP_EVERY_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A temporary file this old was left by a crash: no backup or restore takes an hour. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** "2026-11-24T09:30:00.000Z" as a file name can hold it, on every OS: "2026-11-24T09-30-00-000Z". */
const fileStamp = (at: Date) => at.toISOString().replace(/[:.]/g, '-');
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

function parseStamp(stamp: string): Date | undefined {
  const match = STAMP.exec(stamp);
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`) : undefined;
}

/** Which backups the history keeps (by name): the newest few, and the first of each recent day. */
export function backupsToKeep(entries: readonly Pick<BackupEntry, 'name' | 'createdAt'>[], now: Date): Set<string> {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST).map((entry) => entry.name));
  const today = Date.parse(now.toISOString().slice(0, 10));
  const firstOfDay = new Map<string, string>();
  for (const entry of newestFirst) {
    const day = entry.createdAt.slice(0, 10);
    if (today - Date.parse(day) < KEEP_DAYS * DAY_MS) firstOfDay.set(day, entry.name);
  }
  for (const name of firstOfDay.values()) keep.add(name);
  return keep;
}

export interface BackupsOptions {
  /** better-sqlite3's addon, as the library was opened with (Electron's build in the app). */
  nativeBinding?: string | undefined;
  now?: () => Date;
}

/** The backups of one open library. */
export class Backups {
  readonly folder: string;
  private readonly stem: string;
  private readonly now: () => Date;

  constructor(
    private readonly library: Library,
    private readonly options: BackupsOptions = {},
  ) {
    this.folder = join(dirname(library.path), BACKUPS_FOLDER);
    this.stem = basename(library.path, extname(library.path));
    this.now = options.now ?? (() => new Date());
    this.removeStaleTemporaries();
  }

  /** Every backup of this library, newest first. */
  list(): BackupEntry[] {
    if (!existsSync(this.folder)) return [];
    const prefix = `${this.stem}-`;
    const entries: BackupEntry[] = [];
    for (const name of readdirSync(this.folder)) {
      if (!name.startsWith(prefix) || !name.endsWith('.sqlite')) continue;
      const createdAt = parseStamp(name.slice(prefix.length, prefix.length + 24));
      if (!createdAt) continue;
      const path = join(this.folder, name);
      entries.push({ name, path, createdAt: createdAt.toISOString(), bytes: statSync(path).size });
    }
    return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  /** A backup's full path from its listed name; only files in the backups folder. */
  pathOf(name: string): string {
    const path = join(this.folder, basename(name));
    if (!existsSync(path)) throw new ApiError('not-found', `There is no backup called ${name} in ${this.folder}. List the backups to find its name.`);
    return path;
  }

  /** Takes a snapshot now and trims the history. `reason` ends the file name ("before-restore"). */
  async create(reason = ''): Promise<BackupEntry> {
    mkdirSync(this.folder, { recursive: true });
    let at = this.now();
    const nameAt = (time: Date) => `${this.stem}-${fileStamp(time)}${reason ? `-${reason}` : ''}.sqlite`;
    // Two snapshots in one millisecond get distinct names rather than one overwriting the other.
    while (existsSync(join(this.folder, nameAt(at)))) at = new Date(at.getTime() + 1);
    const name = nameAt(at);
    const path = join(this.folder, name);
    // Written under another name and renamed when whole, so a crash never leaves a half backup in the list.
    const partial = join(this.folder, `.${name}.part`);
    try {
      await this.library.backup(partial);
      renameSync(partial, path);
    } catch (error) {
      rmSync(partial, { force: true });
      throw new ApiError('internal', `The library could not be backed up to ${path} (${messageOf(error)}). Check there is space on the disk.`);
    }
    this.prune();
    return { name, path, createdAt: at.toISOString(), bytes: statSync(path).size };
  }

  /**
   * Brings the library back to a backup's content while it stays open. The file
   * must be a sound Rapporteur library (integrity check, known schema, every
   * item's data valid for its kind); it is
   * copied and brought up to this version's schema beside the library, the
   * library is backed up as it is now, and SQLite's backup API then copies the
   * checked copy over the open library, which every part of the app keeps using.
   */
  async restore(file: string): Promise<{ restored: string; safetyBackup: BackupEntry }> {
    const source = resolve(file);
    if (!existsSync(source) || !statSync(source).isFile()) {
      throw new ApiError('not-found', `There is no backup file at ${source}; the library was not changed.`);
    }
    if (source === resolve(this.library.path)) throw new ApiError('invalid-input', 'That is the library itself, not a backup of it; the library was not changed.');
    const staging = join(dirname(this.library.path), `.restore-${process.pid}-${Date.now()}.sqlite`);
    try {
      await stageBackup(source, staging, this.options.nativeBinding);
      const safetyBackup = await this.create('before-restore');
      const checked = openSqlite(staging, true, this.options.nativeBinding);
      try {
        // One step: the whole copy happens at once, not interleaved with other writes.
        await checked.backup(this.library.path, { progress: () => Number.MAX_SAFE_INTEGER });
      } finally {
        checked.close();
      }
      return { restored: source, safetyBackup };
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${staging}${suffix}`, { force: true });
    }
  }

  /**
   * A crash mid-backup leaves `.<name>.part` in the backups folder, and mid-restore
   * `.restore-<pid>-<time>.sqlite` beside the library; nothing else would ever remove
   * them. One goes when it is an hour old (no backup takes that long) or, for a
   * restore's, when the process that made it is no longer running.
   */
  private removeStaleTemporaries(): void {
    const staleBefore = Date.now() - STALE_AFTER_MS;
    const beside = dirname(this.library.path);
    const candidates = [
      ...filesIn(this.folder)
        .filter((name) => name.startsWith('.') && name.endsWith('.part'))
        .map((name) => ({ path: join(this.folder, name), pid: undefined })),
      ...filesIn(beside).flatMap((name) => {
        const match = /^\.restore-(\d+)-\d+\.sqlite(?:-wal|-shm)?$/.exec(name);
        return match ? [{ path: join(beside, name), pid: Number(match[1]) }] : [];
      }),
    ];
    for (const { path, pid } of candidates) {
      try {
        if (statSync(path).mtimeMs < staleBefore || (pid !== undefined && !isRunning(pid))) rmSync(path, { force: true });
      } catch {
        // Gone already, or not ours to remove: this is only tidying.
      }
    }
  }

  private prune(): void {
    const entries = this.list();
    const keep = backupsToKeep(entries, this.now());
    for (const entry of entries) if (!keep.has(entry.name)) rmSync(entry.path, { force: true });
  }
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    // A pending snapshot never keeps the app from quitting.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SchedulerOptions {
  timers?: Timers;
  everyMs?: number;
  onBackup?: (entry: BackupEntry) => void;
  /** A failed snapshot is reported and the next one tried as usual. */
  onError?: (error: unknown) => void;
}

/**
 * The app's automatic snapshots: one on start, then one every 15 minutes while
 * the library has changed since the last (in this app, or written by the CLI meanwhile).
 */
export class BackupScheduler {
  private readonly timers: Timers;
  private readonly everyMs: number;
  private handle: unknown;
  private lastMark: string | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly backups: Backups,
    private readonly library: Library,
    private readonly options: SchedulerOptions = {},
  ) {
    this.timers = options.timers ?? realTimers;
    this.everyMs = options.everyMs ?? BACKUP_EVERY_MS;
  }

  /** Takes the start-up snapshot and schedules the next check; resolves when the first snapshot is written. */
  start(): Promise<void> {
    this.stopped = false;
    const first = this.snapshot();
    this.schedule();
    return first;
  }

  stop(): void {
    this.stopped = true;
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
  }

  /** Resolves when a snapshot being written has finished (for a clean quit, and tests). */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.handle = this.timers.setTimeout(() => {
      if (this.mark() !== this.lastMark) void this.snapshot();
      this.schedule();
    }, this.everyMs);
  }

  /** Changes by this connection, and by others (the CLI) that SQLite counts in data_version. */
  private mark(): string {
    if (!this.library.db.open) return this.lastMark ?? '';
    const changes = this.library.db.prepare('SELECT total_changes()').pluck().get() as number;
    return `${changes}:${String(this.library.db.pragma('data_version', { simple: true }))}`;
  }

  private snapshot(): Promise<void> {
    if (this.running) return this.running;
    // Taken before the copy: a change made while it is written is caught next time.
    this.lastMark = this.mark();
    this.running = this.backups
      .create()
      .then((entry) => this.options.onBackup?.(entry))
      .catch((error: unknown) => {
        // Quitting closes the library under a snapshot being written; its partial file is already gone.
        if (this.stopped) return;
        (this.options.onError ?? ((e) => console.error('rapporteur: automatic backup failed:', e)))(error);
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function openSqlite(path: string, readonly: boolean, nativeBinding: string | undefined): Database {
  return new BetterSqlite3(path, { readonly, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

/** Checks a backup (SQLite's integrity, then every item) and leaves a copy of it at `staging`, at this version's schema. */
async function stageBackup(source: string, staging: string, nativeBinding: string | undefined): Promise<void> {
  const refuse = (problem: string): never => {
    throw new ApiError('invalid-input', `${source} ${problem}; the library was not changed.`);
  };
  let candidate: Database | undefined;
  try {
    candidate = openSqlite(source, true, nativeBinding);
    const tables = candidate.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (!tables.includes('schema_migrations') || !tables.includes('items')) refuse('is not a Rapporteur library');
    const problems = (candidate.pragma('integrity_check') as { integrity_check: string }[]).filter((row) => row.integrity_check !== 'ok');
    if (problems.length > 0) refuse(`is damaged (${problems[0]?.integrity_check ?? 'integrity check failed'}), so it cannot be restored`);
    await candidate.backup(staging);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    refuse(`is not a Rapporteur library or cannot be read (${messageOf(error)})`);
  } finally {
    candidate?.close();
  }
  // Opening it as a library refuses a newer schema and brings an older one up to date.
  let library: Library;
  try {
    library = Library.open({ path: staging, nativeBinding });
  } catch (error) {
    return refuse(`cannot be restored: ${messageOf(error).replace(`${staging} `, '')}`);
  }
  try {
    const invalid = invalidItems(library);
    if (invalid.length > 0) {
      const count = invalid.length < INVALID_ITEMS_NAMED ? plural(invalid.length, 'item') : `at least ${plural(invalid.length, 'item')}`;
      const are = invalid.length === 1 ? 'is' : 'are';
      throw new ApiError('invalid-input', `${source} cannot be restored: ${count} in it ${are} not valid (${invalid.join('; ')}). The library was not changed; choose another backup.`);
    }
  } finally {
    library.close();
  }
}

/** A restore names this many invalid items and stops looking: one is enough to refuse it. */
const INVALID_ITEMS_NAMED = 3;

/**
 * Items whose data their kind's schema does not take, as "lesson <id>: <problem>",
 * up to a few: rows are read one at a time, so a large library is never held in memory.
 */
function invalidItems(library: Library): string[] {
  const invalid: string[] = [];
  const rows = library.db.prepare('SELECT id, kind, data FROM items').iterate() as IterableIterator<{ id: string; kind: string; data: string }>;
  for (const row of rows) {
    const problem = itemProblem(row.kind, row.data);
    if (problem === undefined) continue;
    invalid.push(`${row.kind} ${row.id}: ${problem}`);
    // Leaving the loop ends the statement.
    if (invalid.length === INVALID_ITEMS_NAMED) break;
  }
  return invalid;
}

function itemProblem(kind: string, data: string): string | undefined {
  if (!Object.hasOwn(KINDS, kind)) return `"${kind}" is not a kind of item`;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return 'its data is not valid JSON';
  }
  const parsed = KINDS[kind as Kind].data.safeParse(json);
  if (parsed.success) return undefined;
  // The first problem is enough to say what is wrong; `check` on the restored file would list them all.
  const [first] = parsed.error.issues;
  return first?.path.length ? `${first.path.map(String).join('.')}: ${first.message}` : (first?.message ?? 'not valid');
}

/**
 * Whether SQLite can read a library file that failed to open: a read-only open and
 * `PRAGMA quick_check` both work, or SQLite says only that another program holds
 * it (busy or locked). Such a file is not set aside by a restore: it may be the
 * library the app has open right now.
 */
export function libraryIsReadable(path: string, nativeBinding?: string): boolean {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, timeout: 1000, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
  } finally {
    db?.close();
  }
}

/**
 * Restores a library that cannot even be opened (damaged, or not a library at
 * all; the caller has checked it with libraryIsReadable): the backup is checked as
 * for any restore, the unreadable file (with its -wal and -shm) is moved to
 * `backups/unreadable/<name>-<time>-unreadable.sqlite` (never listed as a backup
 * nor deleted: someone may still recover something from it), and the checked copy
 * takes its place. If that last step fails, the unreadable file is put back.
 */
export async function restoreUnopenable(libraryPath: string, file: string, options: { nativeBinding?: string | undefined; now?: () => Date } = {}): Promise<{ restored: string; setAside: string }> {
  const source = resolve(file);
  if (!existsSync(source) || !statSync(source).isFile()) throw new ApiError('not-found', `There is no backup file at ${source}; the library was not changed.`);
  const staging = join(dirname(libraryPath), `.restore-${process.pid}-${Date.now()}.sqlite`);
  try {
    await stageBackup(source, staging, options.nativeBinding);
    const folder = join(dirname(libraryPath), BACKUPS_FOLDER, UNREADABLE_FOLDER);
    mkdirSync(folder, { recursive: true });
    let at = (options.now ?? (() => new Date()))();
    const nameAt = (time: Date) => join(folder, `${basename(libraryPath, extname(libraryPath))}-${fileStamp(time)}-unreadable.sqlite`);
    while (existsSync(nameAt(at))) at = new Date(at.getTime() + 1);
    const setAside = nameAt(at);
    const moved: [from: string, to: string][] = [];
    try {
      for (const suffix of ['', '-wal', '-shm']) {
        if (!existsSync(`${libraryPath}${suffix}`)) continue;
        renameSync(`${libraryPath}${suffix}`, `${setAside}${suffix}`);
        moved.push([`${libraryPath}${suffix}`, `${setAside}${suffix}`]);
      }
      renameSync(staging, libraryPath);
    } catch (error) {
      for (const [from, to] of moved.reverse()) renameSync(to, from);
      throw new ApiError('internal', `${libraryPath} could not be replaced by the backup (${messageOf(error)}); it was left as it was.`);
    }
    return { restored: source, setAside };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${staging}${suffix}`, { force: true });
  }
}
