import type { Database, Statement } from 'better-sqlite3';
import { KINDS, type Item, type ItemSummary, type Kind } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import { indexEntry, storableLinks, type Link } from './item-index';

interface ItemRow {
  id: string;
  kind: Kind;
  title: string;
  data: string;
  created_at: string;
  updated_at: string;
}

export interface ListFilters {
  tag?: string | undefined;
  theme?: string | undefined;
  jurisdiction?: string | undefined;
  sourceId?: string | undefined;
}

export function toSummary(row: Pick<ItemRow, 'id' | 'kind' | 'title' | 'created_at' | 'updated_at'>): ItemSummary {
  return { id: row.id, kind: row.kind, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
}

function toItem(row: ItemRow): Item {
  return { ...toSummary(row), data: JSON.parse(row.data) } as Item;
}

/** SQL conditions for the filters every listing and search share; `alias` names the items table. */
export function filterClauses(filters: ListFilters, alias: string): { sql: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  const facet = (name: string, value: string | undefined) => {
    if (value === undefined) return;
    clauses.push(`EXISTS (SELECT 1 FROM item_facets f WHERE f.item_id = ${alias}.id AND f.facet = '${name}' AND f.value = ?)`);
    params.push(value);
  };
  facet('tag', filters.tag);
  facet('theme', filters.theme);
  facet('jurisdiction', filters.jurisdiction);
  if (filters.sourceId !== undefined) {
    clauses.push(`EXISTS (SELECT 1 FROM item_links l WHERE l.from_id = ${alias}.id AND l.role = 'source' AND l.to_id = ?)`);
    params.push(filters.sourceId);
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}

/** The items table and the links and facets kept beside it. */
export class ItemsRepository {
  private readonly byId: Statement<[string], ItemRow>;
  private readonly insertItem: Statement;
  private readonly updateItem: Statement;
  private readonly deleteItem: Statement<[string]>;
  private readonly insertLink: Statement;
  private readonly insertFacet: Statement;
  private readonly clearLinks: Statement<[string]>;
  private readonly clearFacets: Statement<[string]>;
  private readonly kindOf: Statement<[string], { kind: Kind }>;
  private readonly inbound: Statement<[string], ItemRow & { role: string }>;
  private readonly documentsMentioning: Statement<[string, string], ItemRow>;

  constructor(private readonly db: Database) {
    this.byId = db.prepare('SELECT id, kind, title, data, created_at, updated_at FROM items WHERE id = ?');
    this.insertItem = db.prepare(
      'INSERT INTO items (id, kind, title, body, data, created_at, updated_at) VALUES (@id, @kind, @title, @body, @data, @createdAt, @updatedAt)',
    );
    this.updateItem = db.prepare(
      'UPDATE items SET title = @title, body = @body, data = @data, updated_at = @updatedAt WHERE id = @id',
    );
    this.deleteItem = db.prepare('DELETE FROM items WHERE id = ?');
    this.insertLink = db.prepare('INSERT INTO item_links (from_id, to_id, role) VALUES (?, ?, ?)');
    this.insertFacet = db.prepare('INSERT OR IGNORE INTO item_facets (item_id, facet, value) VALUES (?, ?, ?)');
    this.clearLinks = db.prepare('DELETE FROM item_links WHERE from_id = ?');
    this.clearFacets = db.prepare('DELETE FROM item_facets WHERE item_id = ?');
    this.kindOf = db.prepare('SELECT kind FROM items WHERE id = ?');
    this.inbound = db.prepare(
      `SELECT i.id, i.kind, i.title, i.data, i.created_at, i.updated_at, l.role
       FROM item_links l JOIN items i ON i.id = l.from_id WHERE l.to_id = ? ORDER BY i.kind, i.title`,
    );
    this.documentsMentioning = db.prepare(
      "SELECT id, kind, title, data, created_at, updated_at FROM items WHERE kind = 'document' AND id <> ? AND instr(data, ?) > 0",
    );
  }

  get(id: string): Item | undefined {
    const row = this.byId.get(id);
    return row && toItem(row);
  }

  list(kind: Kind, filters: ListFilters, limit: number, offset: number): { items: ItemSummary[]; total: number } {
    const where = filterClauses(filters, 'i');
    const base = `FROM items i WHERE i.kind = ?${where.sql}`;
    const rows = this.db
      .prepare(`SELECT i.id, i.kind, i.title, i.created_at, i.updated_at ${base} ORDER BY i.updated_at DESC, i.title LIMIT ? OFFSET ?`)
      .all(kind, ...where.params, limit, offset) as ItemRow[];
    const { total } = this.db.prepare(`SELECT count(*) AS total ${base}`).get(kind, ...where.params) as { total: number };
    return { items: rows.map(toSummary), total };
  }

  counts(): Record<Kind, number> {
    const counts = Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, 0])) as Record<Kind, number>;
    const rows = this.db.prepare('SELECT kind, count(*) AS n FROM items GROUP BY kind').all() as { kind: Kind; n: number }[];
    for (const row of rows) if (row.kind in counts) counts[row.kind] = row.n;
    return counts;
  }

  usedBy(id: string): (ItemSummary & { role: string })[] {
    return this.inbound.all(id).map((row) => ({ ...toSummary(row), role: row.role }));
  }

  /** Writes an item with its index; call inside a transaction. */
  insert(item: Item): void {
    const entry = this.checkedEntry(item);
    this.insertItem.run({ id: item.id, kind: item.kind, title: entry.title, body: entry.body, data: JSON.stringify(item.data), createdAt: item.createdAt, updatedAt: item.updatedAt });
    this.writeIndex(item.id, entry);
    this.relinkDocumentsMentioning(item.id);
  }

  /** Replaces an item's data and index; call inside a transaction. */
  replace(item: Item): void {
    const entry = this.checkedEntry(item);
    this.updateItem.run({ id: item.id, title: entry.title, body: entry.body, data: JSON.stringify(item.data), updatedAt: item.updatedAt });
    this.clearLinks.run(item.id);
    this.clearFacets.run(item.id);
    this.writeIndex(item.id, entry);
  }

  delete(item: Item): void {
    const users = this.usedBy(item.id);
    if (users.length > 0) {
      const names = users.slice(0, 3).map((user) => `${KINDS[user.kind].label} "${user.title}"`);
      const more = users.length > 3 ? ` and ${users.length - 3} more` : '';
      throw new ApiError(
        'in-use',
        `This ${KINDS[item.kind].label} is used by ${names.join(', ')}${more}. Remove those links first, then delete it.`,
      );
    }
    this.deleteItem.run(item.id);
  }

  private checkedEntry(item: Item) {
    const entry = indexEntry(item);
    const { links, refused } = storableLinks(entry, item.id, (id) => this.kindOf.get(id)?.kind);
    if (refused) {
      const { link, found } = refused;
      const what = found ? `is a ${KINDS[found].label}, not a ${KINDS[link.kind].label}` : `is not in the library`;
      throw new ApiError('invalid-input', `Invalid ${KINDS[item.kind].label}: its ${link.role} ${link.id} ${what}.`);
    }
    return { ...entry, links };
  }

  private writeIndex(id: string, entry: ReturnType<typeof indexEntry>): void {
    this.writeLinks(id, entry.links);
    for (const facet of entry.facets) this.insertFacet.run(id, facet.facet, facet.value);
  }

  private writeLinks(id: string, links: Link[]): void {
    for (const link of links) this.insertLink.run(id, link.id, link.role);
  }

  /**
   * A document's links are soft, so one saved while an item it embeds was
   * missing has no link to it: once that item exists, rewrite the links (only
   * the links: the document itself did not change) of the documents that
   * mention its id, so the item shows as used and cannot be deleted.
   */
  private relinkDocumentsMentioning(id: string): void {
    for (const row of this.documentsMentioning.all(id, JSON.stringify(id))) {
      const document = toItem(row);
      const { links } = this.checkedEntry(document);
      this.clearLinks.run(document.id);
      this.writeLinks(document.id, links);
    }
  }
}
