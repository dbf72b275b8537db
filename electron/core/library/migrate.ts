import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { Migration } from './migrations';

function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex').slice(0, 16);
}

interface Applied {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Brings the library's schema up to date, one transaction per migration, and
 * records each. Refuses a library written by a newer version, and one whose
 * recorded migrations differ from this version's (a shipped migration was edited).
 * Returns the schema version before migrating (0 for a new library).
 */
export function migrate(db: Database, migrations: readonly Migration[]): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = db
    .prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version')
    .all() as Applied[];
  const known = new Map(migrations.map((migration) => [migration.version, migration]));
  const newest = migrations.at(-1)?.version ?? 0;

  for (const record of applied) {
    const migration = known.get(record.version);
    if (!migration) {
      throw new ApiError(
        'library-too-new',
        `This library was written by a newer version of Rapporteur (schema ${applied.at(-1)?.version}; this version knows up to ${newest}). Update Rapporteur to open it; the file was not changed.`,
      );
    }
    if (migration.name !== record.name || checksum(migration) !== record.checksum) {
      throw new ApiError(
        'library-damaged',
        `This library's schema step ${record.version} ("${record.name}") does not match this version of Rapporteur. Open it with the version that created it; the file was not changed.`,
      );
    }
  }

  const before = applied.at(-1)?.version ?? 0;
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= before) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, checksum(migration), new Date().toISOString());
    })();
  }
  return before;
}
