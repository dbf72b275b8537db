import { createHash } from 'node:crypto';
import type { Kind, KindInput } from '../../../../shared/domain';

/** One item of the sample library, with an id that stays the same in every library. */
export type SampleItem = { [K in Kind]: { id: string; kind: K; data: KindInput<K> } }[Kind];

/**
 * A stable UUID (version 5 layout) for a sample item, derived from a readable key,
 * so documents and bundles can refer to sample items across libraries.
 */
export function sampleId(key: string): string {
  const hash = createHash('sha1').update(`rapporteur-sample:${key}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
