import { coordinationThesisItems } from './coordination-thesis';
import { sampleDocuments } from './documents';
import { intelligentPartnershipsItems } from './intelligent-partnerships';
import { islamabadWorkshopItems } from './islamabad-workshop';
import { policyToActionItems } from './policy-to-action';
import type { SampleItem } from './sample-item';
import { socialProtectionDeclarationItems } from './social-protection-declaration';

export {
  COURSE_MODULE_DOCUMENT_ID,
  DECLARATION_SUMMARY_DOCUMENT_ID,
  POLICY_TO_ACTION_DOCUMENT_ID,
  WORKSHOP_REPORT_DOCUMENT_ID,
} from './documents';
export { sampleId, type SampleItem } from './sample-item';

/** The library a new user starts with, written from the facts of the seed documents; documents last, after what they embed. */
export const SAMPLE_LIBRARY: readonly SampleItem[] = [
  ...policyToActionItems,
  ...islamabadWorkshopItems,
  ...intelligentPartnershipsItems,
  ...socialProtectionDeclarationItems,
  ...coordinationThesisItems,
  ...sampleDocuments,
];
