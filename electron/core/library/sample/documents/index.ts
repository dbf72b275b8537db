import type { SampleItem } from '../sample-item';
import { courseModuleDocument } from './course-module';
import { declarationSummaryDocument } from './declaration-summary';
import { policyToActionDocument } from './from-policy-to-action';
import { workshopReportDocument } from './workshop-report';

export { COURSE_MODULE_DOCUMENT_ID } from './course-module';
export { DECLARATION_SUMMARY_DOCUMENT_ID } from './declaration-summary';
export { POLICY_TO_ACTION_DOCUMENT_ID } from './from-policy-to-action';
export { WORKSHOP_REPORT_DOCUMENT_ID } from './workshop-report';

/** One sample document per template, written from the library items they embed. */
export const sampleDocuments: SampleItem[] = [
  policyToActionDocument,
  workshopReportDocument,
  courseModuleDocument,
  declarationSummaryDocument,
];
