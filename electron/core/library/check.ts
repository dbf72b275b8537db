import { KINDS, type ItemContent, type Kind } from '../../../shared/domain';
import { indexEntry, storableLinks } from './item-index';
import type { Library } from './library';

export interface Finding {
  severity: 'error' | 'warning';
  message: string;
}

interface StoredRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  data: string;
}

/** Reads the whole library and reports damage and inconsistencies; changes nothing. */
export function checkLibrary(library: Library): Finding[] {
  const { db } = library;
  const findings: Finding[] = [];
  const error = (message: string) => findings.push({ severity: 'error', message });

  for (const row of db.pragma('integrity_check') as { integrity_check: string }[]) {
    if (row.integrity_check !== 'ok') error(`SQLite integrity: ${row.integrity_check}`);
  }
  for (const row of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
    error(`A row of ${row.table} points at a missing ${row.parent} entry.`);
  }
  try {
    db.prepare("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)").run();
  } catch (cause) {
    error(`The search index does not match the items (${(cause as Error).message}); it can be rebuilt.`);
  }

  const links = db.prepare('SELECT to_id AS id, role FROM item_links WHERE from_id = ? ORDER BY role, to_id');
  const kindOf = db.prepare('SELECT kind FROM items WHERE id = ?');
  for (const row of db.prepare('SELECT id, kind, title, body, data FROM items').iterate() as IterableIterator<StoredRow>) {
    if (!(row.kind in KINDS)) {
      error(`Item ${row.id} has an unknown kind "${row.kind}".`);
      continue;
    }
    const kind = row.kind as Kind;
    const parsed = KINDS[kind].data.safeParse(JSON.parse(row.data));
    if (!parsed.success) {
      error(`The ${KINDS[kind].label} ${row.id} ("${row.title}") is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`);
      continue;
    }
    const entry = indexEntry({ kind, data: parsed.data } as ItemContent);
    if (entry.title !== row.title || entry.body !== row.body) {
      findings.push({ severity: 'warning', message: `The search text of ${KINDS[kind].label} ${row.id} is out of date.` });
    }
    const storable = storableLinks(entry, row.id, (id) => (kindOf.get(id) as { kind: Kind } | undefined)?.kind);
    const expected = storable.links.map((link) => `${link.role}:${link.id}`).sort();
    const stored = (links.all(row.id) as { id: string; role: string }[]).map((link) => `${link.role}:${link.id}`).sort();
    if (storable.refused || expected.join() !== stored.join()) error(`The links of ${KINDS[kind].label} ${row.id} ("${row.title}") do not match its content.`);
  }
  return findings;
}
