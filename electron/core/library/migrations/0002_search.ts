import type { Migration } from './types';

/** Full-text search over items: an external-content FTS5 table kept in sync by triggers. */
export const migration: Migration = {
  version: 2,
  name: 'search',
  sql: `
CREATE VIRTUAL TABLE items_fts USING fts5 (
  title, body,
  content = 'items', content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, body ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
  INSERT INTO items_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
INSERT INTO items_fts (items_fts) VALUES ('rebuild');
`,
};
