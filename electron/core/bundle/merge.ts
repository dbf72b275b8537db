import { randomUUID } from 'node:crypto';
import { MERGE_ACTIONS, MERGE_RULE, type ImportReport, type MergeEntry } from '../../../shared/bundle';
import { itemTitle, KINDS, type Item, type ItemOf } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { Library } from '../library/library';
import type { BundleContent } from './format';
import { linkOrder } from './select';

/** JSON with keys in one order, so two copies of the same content compare equal however they were written. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Keeps the copy that lost as a saved version: a document's among its versions
 * (where the editor offers to restore it), any other item's in item_versions.
 */
function keepAsVersion(library: Library, loser: Item, label: string): string {
  const title = itemTitle(loser);
  if (loser.kind === 'document') {
    const version = { id: randomUUID(), documentId: loser.id, createdAt: library.stamp(), label, auto: false, title };
    library.versions.add(version, (loser as ItemOf<'document'>).data.state, 0);
    return version.id;
  }
  return library.itemVersions.add(randomUUID(), loser, title, library.stamp(), label);
}

/**
 * Merges a bundle's items by id, in one transaction: a new item is added with its
 * id and times; an identical one is skipped; a changed one is settled by MERGE_RULE.
 * Anything refused (a link to an item neither the bundle nor the library has, an id
 * of another kind) rolls back the whole import, naming the file.
 */
export function mergeBundle(library: Library, content: BundleContent, name: string): ImportReport {
  const entries: MergeEntry[] = [];
  const merge = library.db.transaction(() => {
    for (const item of linkOrder(content.items)) {
      const title = itemTitle(item);
      const base = { id: item.id, kind: item.kind, title };
      const existing = library.items.get(item.id);
      if (!existing) {
        library.items.insert(item);
        entries.push({ action: 'added', ...base });
      } else if (existing.kind !== item.kind) {
        throw new ApiError(
          'conflict',
          `its ${KINDS[item.kind].label} "${title}" has the id ${item.id}, which in this library is the ${KINDS[existing.kind].label} "${itemTitle(existing)}"`,
        );
      } else if (canonical(existing.data) === canonical(item.data)) {
        entries.push({ action: 'skipped', ...base });
      } else if (Date.parse(item.updatedAt) > Date.parse(existing.updatedAt)) {
        const versionId = keepAsVersion(library, existing, `This library's copy of ${existing.updatedAt}, replaced by the newer one in ${name}`);
        library.items.replace(item);
        entries.push({ action: 'updated', ...base, versionId });
      } else {
        const versionId = keepAsVersion(library, item, `The older copy of ${item.updatedAt} in ${name}, not imported`);
        entries.push({ action: 'kept', ...base, title: itemTitle(existing), versionId });
      }
    }
  });
  try {
    merge();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw new ApiError(error.type, `${name} could not be imported: ${error.message.replace(/\.$/, '')}. Nothing was imported.`);
  }
  const counts = Object.fromEntries(MERGE_ACTIONS.map((action) => [action, entries.filter((entry) => entry.action === action).length]));
  return { file: name, rule: MERGE_RULE, counts: counts as ImportReport['counts'], items: entries };
}
