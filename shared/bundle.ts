import { z } from 'zod';
import { Id, KindSchema } from './domain';

/**
 * Library exchange bundles: what a caller may ask for and what an import
 * reports. The file format itself is the core's (electron/core/bundle/format.ts).
 */

/** The largest bundle file taken: gzip'd JSON, so this is a very large library. */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
/** A bundle is refused once it inflates past this, while inflating (a gzip bomb never fills memory). */
export const MAX_BUNDLE_INFLATED_BYTES = 64 * 1024 * 1024;
/** A bundle travels as base64 within the HTTP bridge's 32 MB body limit. */
export const MAX_BUNDLE_BASE64 = Math.ceil((MAX_BUNDLE_BYTES * 4) / 3);

/** How an import settles an item whose id is in the library with other content. */
export const MERGE_RULE =
  'An item already in the library with different content: the copy changed most recently (updatedAt) wins, ' +
  'the library’s copy on a tie; the other copy is kept as a saved version of the item.';

export const BundleSelectionSchema = z.object({
  /** Items of these kinds; none named means every kind. */
  kinds: z.array(KindSchema).max(9).optional(),
  tag: z.string().trim().min(1).max(200).optional(),
  sourceId: Id.optional(),
  /** A document with everything it links to. */
  documentId: Id.optional(),
});
export type BundleSelection = z.infer<typeof BundleSelectionSchema>;

export const MERGE_ACTIONS = ['added', 'skipped', 'updated', 'kept'] as const;
export type MergeAction = (typeof MERGE_ACTIONS)[number];

export const MergeEntrySchema = z.object({
  /** added: new here; skipped: identical; updated: the bundle's newer copy replaced the library's; kept: the library's newer copy stayed. */
  action: z.enum(MERGE_ACTIONS),
  id: Id,
  kind: KindSchema,
  title: z.string(),
  /** The saved version holding the copy that lost (updated, kept). */
  versionId: Id.optional(),
});
export type MergeEntry = z.infer<typeof MergeEntrySchema>;

export const ImportReportSchema = z.object({
  file: z.string(),
  rule: z.string(),
  counts: z.record(z.enum(MERGE_ACTIONS), z.number().int()),
  items: z.array(MergeEntrySchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** An earlier copy of an item other than a document, kept when a bundle import met a changed copy. */
export const ItemVersionSchema = z.object({
  id: Id,
  itemId: Id,
  kind: KindSchema,
  title: z.string(),
  /** When this copy was last changed, where it came from. */
  updatedAt: z.string(),
  /** When it was kept. */
  savedAt: z.string(),
  label: z.string(),
});
export type ItemVersion = z.infer<typeof ItemVersionSchema>;
