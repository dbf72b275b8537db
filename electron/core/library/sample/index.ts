import { coordinationThesisItems } from './coordination-thesis';
import { intelligentPartnershipsItems } from './intelligent-partnerships';
import { islamabadWorkshopItems } from './islamabad-workshop';
import { policyToActionItems } from './policy-to-action';
import type { SampleItem } from './sample-item';
import { socialProtectionDeclarationItems } from './social-protection-declaration';

export { sampleId, type SampleItem } from './sample-item';

/** The library a new user starts with, written from the facts of the seed documents. */
export const SAMPLE_LIBRARY: readonly SampleItem[] = [
  ...policyToActionItems,
  ...islamabadWorkshopItems,
  ...intelligentPartnershipsItems,
  ...socialProtectionDeclarationItems,
  ...coordinationThesisItems,
];
