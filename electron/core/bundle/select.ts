import type { BundleSelection } from '../../../shared/bundle';
import { KIND_NAMES, type Item } from '../../../shared/domain';
import { indexEntry } from '../library/item-index';
import { KIND_ORDER, type Library } from '../library/library';

const PAGE = 1000;

/** The items a selection names directly: a document, and the items of some kinds with a tag or source. */
function chosen(library: Library, selection: BundleSelection): Item[] {
  const found: Item[] = [];
  if (selection.documentId) found.push(library.get(selection.documentId, 'document'));
  const filtered = selection.kinds !== undefined || selection.tag !== undefined || selection.sourceId !== undefined;
  if (selection.documentId && !filtered) return found;
  if (selection.sourceId) library.get(selection.sourceId, 'source');
  const filters = { tag: selection.tag, sourceId: selection.sourceId };
  for (const kind of selection.kinds?.length ? selection.kinds : KIND_NAMES) {
    for (let offset = 0; ; offset += PAGE) {
      const page = library.items.list(kind, filters, PAGE, offset);
      for (const summary of page.items) found.push(library.get(summary.id));
      if (offset + PAGE >= page.total) break;
    }
  }
  return found;
}

/**
 * What a bundle holds: the chosen items and everything they link to, transitively
 * (a lesson's sources and the note it came from, a note's workshop, a comparison's
 * units, a document's embedded items), and each workshop's notes — so the bundle
 * imports into any library, even an empty one. In link order: what is linked to first.
 */
export function selectForBundle(library: Library, selection: BundleSelection): Item[] {
  const picked = new Map<string, Item>();
  const queue = chosen(library, selection);
  while (queue.length > 0) {
    const item = queue.pop() as Item;
    if (picked.has(item.id)) continue;
    picked.set(item.id, item);
    for (const link of indexEntry(item).links) {
      // A document may mention an item that is gone; the brief checker reports it, the bundle leaves it out.
      const linked = library.items.get(link.id);
      if (linked && !picked.has(linked.id)) queue.push(linked);
    }
    if (item.kind === 'workshop') {
      for (const user of library.items.usedBy(item.id)) {
        if (user.role === 'workshop' && !picked.has(user.id)) queue.push(library.get(user.id));
      }
    }
  }
  return linkOrder([...picked.values()]);
}

/**
 * Items ordered so each comes after the items it links to: by kind (sources first),
 * then depth-first within the set for links between items of one kind (a source citing a source).
 */
export function linkOrder(items: readonly Item[]): Item[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const sorted = [...items].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const ordered: Item[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (item: Item): void => {
    if (state.has(item.id)) return;
    state.set(item.id, 'visiting');
    for (const link of indexEntry(item).links) {
      const target = byId.get(link.id);
      if (target && !link.soft) visit(target);
    }
    state.set(item.id, 'done');
    ordered.push(item);
  };
  for (const item of sorted) visit(item);
  return ordered;
}
