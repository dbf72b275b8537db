import type { Database } from 'better-sqlite3';
import type { ItemVersion } from '../../../shared/bundle';
import type { Item, Kind } from '../../../shared/domain';

interface ItemVersionRow {
  id: string;
  item_id: string;
  kind: Kind;
  title: string;
  data: string;
  updated_at: string;
  saved_at: string;
  label: string;
}

function toVersion(row: ItemVersionRow): ItemVersion {
  return { id: row.id, itemId: row.item_id, kind: row.kind, title: row.title, updatedAt: row.updated_at, savedAt: row.saved_at, label: row.label };
}

/**
 * Earlier copies of items other than documents, kept whole so any field can be got back.
 * Statements are prepared when used: a library older than the item_versions table opens without them.
 */
export class ItemVersionsRepository {
  constructor(private readonly db: Database) {}

  list(itemId: string): ItemVersion[] {
    const rows = this.db.prepare('SELECT * FROM item_versions WHERE item_id = ? ORDER BY saved_at DESC, rowid DESC').all(itemId) as ItemVersionRow[];
    return rows.map(toVersion);
  }

  get(id: string): (ItemVersion & { data: unknown }) | undefined {
    const row = this.db.prepare('SELECT * FROM item_versions WHERE id = ?').get(id) as ItemVersionRow | undefined;
    return row && { ...toVersion(row), data: JSON.parse(row.data) as unknown };
  }

  /**
   * Keeps `item` as a version; call inside a transaction. The same copy is kept
   * once: importing one bundle twice does not pile up identical versions.
   */
  add(versionId: string, item: Item, title: string, savedAt: string, label: string): string {
    const data = JSON.stringify(item.data);
    const same = this.db.prepare('SELECT id FROM item_versions WHERE item_id = ? AND updated_at = ? AND data = ?');
    const existing = same.get(item.id, item.updatedAt, data) as { id: string } | undefined;
    if (existing) return existing.id;
    this.db
      .prepare('INSERT INTO item_versions (id, item_id, kind, title, data, updated_at, saved_at, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(versionId, item.id, item.kind, title, data, item.updatedAt, savedAt, label);
    return versionId;
  }
}
