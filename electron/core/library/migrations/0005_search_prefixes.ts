import type { Migration } from './types';

/**
 * Search as you type looks up unfinished words ("stockt"); without prefix indexes
 * FTS5 merges the entries of every word that starts with them, which is slow in a
 * large library (bench/search). The index is rebuilt with prefixes of 2, 3 and 4 characters.
 */
export const migration: Migration = {
  version: 5,
  name: 'search-prefixes',
  sql: `
DROP TRIGGER items_fts_insert;
DROP TRIGGER items_fts_delete;
DROP TRIGGER items_fts_update;
DROP TABLE items_fts;
CREATE VIRTUAL TABLE items_fts USING fts5 (
  title, body,
  content = 'items', content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3 4'
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
