import type { Migration } from './types';

export const migration: Migration = {
  version: 1,
  name: 'items',
  sql: `
CREATE TABLE items (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL CHECK (json_valid(data)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX items_kind_updated ON items (kind, updated_at DESC);

CREATE TABLE item_links (
  from_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  to_id TEXT NOT NULL REFERENCES items (id) ON DELETE RESTRICT,
  role TEXT NOT NULL,
  PRIMARY KEY (from_id, to_id, role)
) WITHOUT ROWID;
CREATE INDEX item_links_to ON item_links (to_id);

CREATE TABLE item_facets (
  item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  facet TEXT NOT NULL,
  value TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (item_id, facet, value)
) WITHOUT ROWID;
CREATE INDEX item_facets_value ON item_facets (facet, value);

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
};
