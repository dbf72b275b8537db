import {
  bulletList,
  comparisonTable,
  dataTable,
  documentState,
  lessonRef,
  numberedList,
  paragraph,
  pinnedLesson,
  readingList,
  section,
} from '../../../briefing/build';
import { COORDINATION_THESIS_SOURCE_ID } from '../coordination-thesis';
import { INTELLIGENT_PARTNERSHIPS_SOURCE_ID } from '../intelligent-partnerships';
import { POLICY_TO_ACTION_SOURCE_ID } from '../policy-to-action';
import { sampleId, type SampleItem } from '../sample-item';
import { sampleData } from './library-data';

/** A teaching module that mixes the delivery-unit lessons with the thesis on coordination. */
export const COURSE_MODULE_DOCUMENT_ID = sampleId('doc:course-module');

/** The module keeps its own copy of this lesson, so later edits in the library do not change what was taught. */
const PINNED_LESSON_KEY = 'thesis:rec-one-window';

export const courseModuleDocument: SampleItem = {
  id: COURSE_MODULE_DOCUMENT_ID,
  kind: 'document',
  data: {
    title: 'Making delivery work: delivery units and coordination in Pakistan',
    templateId: 'course-module',
    author: 'Rapporteur sample',
    subject: 'A course module for the National School of Public Policy on delivery units and coordination between government bodies',
    tags: ['delivery units', 'coordination', 'teaching'],
    sourceIds: [POLICY_TO_ACTION_SOURCE_ID, COORDINATION_THESIS_SOURCE_ID, INTELLIGENT_PARTNERSHIPS_SOURCE_ID],
    state: documentState(
      section('title', [
        paragraph('Making delivery work'),
        paragraph('Delivery units and coordination in Pakistan: a module for the National School of Public Policy'),
      ]),
      section('objectives', [
        bulletList([
          'Explain what a delivery unit is for, and what it cannot do for a government.',
          'Compare how two provincial delivery units, in Punjab and Khyber Pakhtunkhwa, organise their work.',
          'Identify what helps or hinders coordination between public bodies with overlapping mandates.',
          'Read a table of programme spending and draw careful conclusions from it.',
        ]),
      ]),
      section('lessons', [
        paragraph(
          'The first three lessons come from the delivery units of Pakistan’s federal and provincial governments; the others from a study of the three federal social protection bodies, BISP, PPAF and PBM.',
        ),
        lessonRef(sampleId('pta:lesson-1')),
        lessonRef(sampleId('pta:lesson-3')),
        lessonRef(sampleId('pta:lesson-5')),
        lessonRef(sampleId('thesis:factor-specialization')),
        lessonRef(sampleId('thesis:factor-knowledge-sharing')),
        pinnedLesson(sampleData('lesson', PINNED_LESSON_KEY), sampleId(PINNED_LESSON_KEY)),
      ]),
      section('case', [
        paragraph('Two provincial delivery units answer the same questions about leadership, support to departments, skills and funding.'),
        comparisonTable(sampleId('pta:comparison-smu-ssu'), {
          unitIds: [sampleId('pta:unit-smu'), sampleId('pta:unit-ssu')],
          questionIds: ['q01', 'q04', 'q06', 'q13', 'q16'],
          caption: 'Special Monitoring Unit and Strategic Support Unit: five questions',
        }),
      ]),
      section('data', [
        paragraph(
          'The money released to the Benazir Income Support Programme grew about fourteenfold between 2008-09 and 2019-20, and almost all of its cash grants were unconditional.',
        ),
        dataTable(sampleId('thesis:table-bisp-financial'), 'BISP cash transfers and beneficiaries, 2008-09 to 2019-20'),
      ]),
      section('discussion', [
        numberedList([
          'The SMU is staffed mostly from the private sector; the SSU is about half public and half private. What does each mix gain and risk?',
          'When should a government set up a delivery unit, and when should it strengthen its departments instead?',
          'What would it take for BISP, PPAF and PBM to share one registry of beneficiaries?',
          'How would you judge whether a delivery unit has changed the way government works, not only whether it met its targets?',
        ]),
      ]),
      section('reading', [
        readingList([POLICY_TO_ACTION_SOURCE_ID, COORDINATION_THESIS_SOURCE_ID, INTELLIGENT_PARTNERSHIPS_SOURCE_ID]),
      ]),
    ),
  },
};
