import { migration as items } from './0001_items';
import { migration as search } from './0002_search';
import { migration as documentVersions } from './0003_document_versions';
import { migration as searchFilterIndex } from './0004_search_filter_index';
import { migration as searchPrefixes } from './0005_search_prefixes';
import { migration as itemVersions } from './0006_item_versions';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [items, search, documentVersions, searchFilterIndex, searchPrefixes, itemVersions];
