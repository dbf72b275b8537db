import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../electron/core/container';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A core on a new library file, closed after the test. */
export function tempCore(options: Partial<CoreOptions> = {}): Core {
  const core = createCore({ libraryPath: join(tempDir(), 'library.sqlite'), onInternalError: () => undefined, ...options });
  cleanups.push(() => core.close());
  return core;
}

/** Everything a user could lose, as one string: compare before and after a refused call. */
export function fingerprint(db: Database): string {
  // item_versions came with schema 6: an older library, which has no such table, has none.
  const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  const tables = ['items', 'item_links', 'item_facets', 'document_versions', 'item_versions'];
  return tables
    .map((table) => (present.has(table) ? JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).raw().all()) : '[]'))
    .join('\n');
}

/** The fingerprint of a library file, opened read-only: for a library a CLI process wrote. */
export function libraryFingerprint(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return fingerprint(db);
  } finally {
    db.close();
  }
}
