import type { Migration } from './types';

/**
 * Earlier copies of library items other than documents (which have document_versions):
 * a bundle import that meets a changed item keeps the copy that lost here, so a person can get it back.
 */
export const migration: Migration = {
  version: 6,
  name: 'item-versions',
  sql: `
CREATE TABLE item_versions (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data)),
  updated_at TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX item_versions_by_item ON item_versions (item_id, saved_at DESC);
`,
};
