import type { BundleSelection, ImportReport } from '../../../shared/bundle';
import type { Library } from '../library/library';
import { decodeBundle, encodeBundle } from './format';
import { mergeBundle } from './merge';
import { selectForBundle } from './select';

export interface ExportedBundle {
  fileName: string;
  bytes: Buffer;
  /** How many items of each kind it holds. */
  counts: Record<string, number>;
}

/** A bundle of the chosen items and everything they link to. */
export function exportBundle(library: Library, selection: BundleSelection, now: Date = new Date()): ExportedBundle {
  const items = selectForBundle(library, selection);
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  const day = now.toISOString().slice(0, 10);
  return { fileName: `rapporteur-bundle-${day}.json.gz`, bytes: encodeBundle({ createdAt: now.toISOString(), items }), counts };
}

/** Checks a bundle file (`name` is how errors name it) and merges it into the library. */
export function importBundle(library: Library, bytes: Uint8Array, name: string): ImportReport {
  return mergeBundle(library, decodeBundle(bytes, name), name);
}
