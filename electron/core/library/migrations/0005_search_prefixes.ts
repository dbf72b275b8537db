import type { Migration } from './types';

/**
 * Search as you type looks up unfinished words ("stockt"); without prefix indexes
 * FTS5 merges the entries of every word that starts with them, which is slow in a
 * large library (bench/search). The index is rebuilt with prefixes of 2, 3 and 4 characters.
 */
export const migration: Migration = {
  version: 5,
  name: 'search-prefixes',
  // The triggers of migration 2 belong to the items table and find items_fts by name when
  // they fire, so they carry on unchanged with the rebuilt table.
  sql: `
DROP TABLE items_fts;
CREATE VIRTUAL TABLE items_fts USING fts5 (
  title, body,
  content = 'items', content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
INSERT INTO items_fts (items_fts) VALUES ('rebuild');
`,
};
