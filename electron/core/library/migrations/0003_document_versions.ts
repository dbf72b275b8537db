import type { Migration } from './types';

export const migration: Migration = {
  version: 3,
  name: 'document-versions',
  sql: `
CREATE TABLE document_versions (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  auto INTEGER NOT NULL CHECK (auto IN (0, 1)),
  title TEXT NOT NULL,
  state TEXT NOT NULL CHECK (json_valid(state))
);
CREATE INDEX document_versions_by_document ON document_versions (document_id, created_at DESC);
`,
};
