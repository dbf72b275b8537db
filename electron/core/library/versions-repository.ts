import type { Database, Statement } from 'better-sqlite3';
import type { Version } from '../../../shared/contract';
import type { RichText } from '../../../shared/richtext';

interface VersionRow {
  id: string;
  document_id: string;
  created_at: string;
  label: string;
  auto: number;
  title: string;
}

function toVersion(row: VersionRow): Version {
  return { id: row.id, documentId: row.document_id, createdAt: row.created_at, label: row.label, auto: row.auto === 1, title: row.title };
}

const COLUMNS = 'id, document_id, created_at, label, auto, title';

/** Saved versions of documents: automatic snapshots (bounded) and named ones (kept). */
export class VersionsRepository {
  private readonly insertVersion: Statement;
  private readonly latestAuto: Statement<[string], { created_at: string }>;
  private readonly pruneAuto: Statement<[{ documentId: string; keep: number }]>;

  constructor(private readonly db: Database) {
    this.insertVersion = db.prepare(
      'INSERT INTO document_versions (id, document_id, created_at, label, auto, title, state) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.latestAuto = db.prepare(
      'SELECT created_at FROM document_versions WHERE document_id = ? AND auto = 1 ORDER BY created_at DESC LIMIT 1',
    );
    this.pruneAuto = db.prepare(
      `DELETE FROM document_versions WHERE document_id = @documentId AND auto = 1 AND id NOT IN (
         SELECT id FROM document_versions WHERE document_id = @documentId AND auto = 1 ORDER BY created_at DESC LIMIT @keep)`,
    );
  }

  list(documentId: string): Version[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM document_versions WHERE document_id = ? ORDER BY created_at DESC, rowid DESC`)
      .all(documentId) as VersionRow[];
    return rows.map(toVersion);
  }

  get(id: string): (Version & { state: RichText }) | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS}, state FROM document_versions WHERE id = ?`).get(id) as
      | (VersionRow & { state: string })
      | undefined;
    return row && { ...toVersion(row), state: JSON.parse(row.state) as RichText };
  }

  lastAutoAt(documentId: string): string | undefined {
    return this.latestAuto.get(documentId)?.created_at;
  }

  add(version: Version, state: RichText, keepAuto: number): void {
    this.insertVersion.run(version.id, version.documentId, version.createdAt, version.label, version.auto ? 1 : 0, version.title, JSON.stringify(state));
    if (version.auto) this.pruneAuto.run({ documentId: version.documentId, keep: keepAuto });
  }
}
