import { KINDS, type Kind, type KindData } from '../../../../../shared/domain';
import { coordinationThesisItems } from '../coordination-thesis';
import { intelligentPartnershipsItems } from '../intelligent-partnerships';
import { islamabadWorkshopItems } from '../islamabad-workshop';
import { policyToActionItems } from '../policy-to-action';
import { sampleId, type SampleItem } from '../sample-item';
import { socialProtectionDeclarationItems } from '../social-protection-declaration';

const LIBRARY: readonly SampleItem[] = [
  ...policyToActionItems,
  ...islamabadWorkshopItems,
  ...intelligentPartnershipsItems,
  ...socialProtectionDeclarationItems,
  ...coordinationThesisItems,
];

/**
 * The data of a sample item, by its key, so a sample document that quotes a
 * note or pins a lesson uses the library's words rather than a second copy.
 */
export function sampleData<K extends Kind>(kind: K, key: string): KindData<K> {
  const id = sampleId(key);
  const item = LIBRARY.find((candidate) => candidate.id === id);
  if (item?.kind !== kind) throw new Error(`The sample library has no ${kind} "${key}".`);
  return KINDS[kind].data.parse(item.data) as KindData<K>;
}

/** "Speaker, role" for a workshop quote note; empty when no speaker was recorded. */
export function noteAttribution(note: KindData<'note'>): string {
  return [note.speaker, note.speakerRole].filter(Boolean).join(', ');
}
