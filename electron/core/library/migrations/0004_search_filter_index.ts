import type { Migration } from './types';

/**
 * A narrow covering index for filtering search matches by kind and id without
 * reading each item's full row (its text and data), which made filtered searches
 * over large libraries slow.
 */
export const migration: Migration = {
  version: 4,
  name: 'search-filter-index',
  sql: `CREATE INDEX items_search_filter ON items (seq, kind, id);`,
};
