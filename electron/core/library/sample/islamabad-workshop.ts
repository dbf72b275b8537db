import { POLICY_TO_ACTION_SOURCE_ID } from './policy-to-action';
import { sampleId, type SampleItem } from './sample-item';

/** The November 2017 Islamabad workshop: the APP news report (seed 000) and notes from the briefing note (seed 001). */
export const ISLAMABAD_NEWS_SOURCE_ID = sampleId('islamabad:source-app');
const WORKSHOP_ID = sampleId('islamabad:workshop');

const source: SampleItem = {
  id: ISLAMABAD_NEWS_SOURCE_ID,
  kind: 'source',
  data: {
    title: 'UK, Pakistan officials share best practices on public services',
    authors: [],
    publisher: 'APP',
    date: '2017-11-14',
    place: 'Islamabad',
    url: 'http://www.app.com.pk/uk-pakistan-officials-share-best-practices-on-public-services/',
    type: 'article',
    summary:
      'News agency report, citing the UK High Commission, on the close of a two-day workshop in Islamabad where the UK Cabinet Office and the federal and provincial governments of Pakistan compared how they turn policy into services. ' +
      'It names the three delivery units whose experience was drawn on, quotes DFID’s Head of Office and senior officials from Khyber Pakhtunkhwa and Punjab, and says the lessons will go into a report for Pakistan and abroad.',
    tags: ['news'],
    sourceIds: [],
  },
};

const workshop: SampleItem = {
  id: WORKSHOP_ID,
  kind: 'workshop',
  data: {
    title: 'From Policy to Action',
    place: 'Islamabad',
    startDate: '2017-11-13',
    endDate: '2017-11-14',
    organisers: [
      'UK Cabinet Office',
      'UK Department for International Development (DFID)',
      'Federal Government of Pakistan',
      'Government of Balochistan',
      'Government of Khyber Pakhtunkhwa',
      'Government of Punjab',
      'Government of Sindh',
    ],
    participants: [
      'Prime Minister’s Delivery Unit (PMDU)',
      'Special Monitoring Unit (SMU), Punjab',
      'Strategic Support Unit (SSU), Khyber Pakhtunkhwa',
      'Government of Balochistan',
      'Government of Sindh',
      'UK Cabinet Office',
      'DFID Pakistan',
    ],
    summary:
      'Two-day joint workshop of the Government of Pakistan and the UK Government on how policy becomes action. ' +
      'Officials compared the approaches of the federal and provincial delivery units, and the models trialled in Sindh and Balochistan, with UK and international experience, ' +
      'around three themes: sharing techniques for publicly funded service delivery in Pakistan, learning what works to improve it, and adding to global knowledge on government performance. ' +
      'Its discussions became the “From Policy to Action” briefing note.',
    tags: ['delivery units'],
    sourceIds: [ISLAMABAD_NEWS_SOURCE_ID, POLICY_TO_ACTION_SOURCE_ID],
  },
};

type NoteFields = {
  key: string;
  session: string;
  speaker?: string;
  speakerRole?: string;
  noteType: 'note' | 'quote' | 'action' | 'question';
  text: string;
  sourceIds: string[];
  tags?: string[];
};

function note({ key, session, speaker = '', speakerRole = '', noteType, text, sourceIds, tags = [] }: NoteFields): SampleItem {
  return {
    id: sampleId(`islamabad:${key}`),
    kind: 'note',
    data: { workshopId: WORKSHOP_ID, session, speaker, speakerRole, noteType, text, time: null, tags, sourceIds },
  };
}

const NEWS = [ISLAMABAD_NEWS_SOURCE_ID];
const BRIEFING = [POLICY_TO_ACTION_SOURCE_ID];

const notes: SampleItem[] = [
  note({
    key: 'note-themes',
    session: 'Opening session',
    noteType: 'note',
    text: 'Three themes for the two days: how Pakistan’s governments deliver publicly funded services, what works to improve that delivery, and what Pakistan can add to global knowledge on driving government performance.',
    sourceIds: BRIEFING,
  }),
  note({
    key: 'quote-bangash',
    session: 'Provincial experience',
    speaker: 'Shahzad Khan Bangash',
    speakerRole: 'Additional Chief Secretary, Government of Khyber Pakhtunkhwa',
    noteType: 'quote',
    text: 'The experience in KP has been so far very successful in delivering effectively on key Government priorities.',
    sourceIds: NEWS,
  }),
  note({
    key: 'note-bangash',
    session: 'Provincial experience',
    speaker: 'Shahzad Khan Bangash',
    speakerRole: 'Additional Chief Secretary, Government of Khyber Pakhtunkhwa',
    noteType: 'note',
    text: 'Delivery is the end goal of every undertaking; governments with a clear vision and plans for their priorities now rely on focused delivery units at national and sub-national level. DFID’s support to KP was of great value.',
    sourceIds: NEWS,
  }),
  note({
    key: 'quote-sahoo',
    session: 'Provincial experience',
    speaker: 'Iftikhar Ali Sahoo',
    speakerRole: 'Secretary, Planning and Development (P&D), Government of Punjab',
    noteType: 'quote',
    text: 'The sharing of lessons between provinces and with the Federal Government is central to our future success.',
    sourceIds: NEWS,
  }),
  note({
    key: 'quote-silos',
    session: 'Contribution to the global debate',
    noteType: 'quote',
    text: 'If we don’t link the learnings from the unit with the overall traditional bureaucracy which stood the test of time already, we are creating islands and delivery silos.',
    sourceIds: BRIEFING,
  }),
  note({
    key: 'question-1',
    session: 'Contribution to the global debate',
    noteType: 'question',
    text: 'How do you ensure that the entire system benefits from the learning about translating policy into action, and how to best feedback the learning into the system through good practice and methodological support?',
    sourceIds: BRIEFING,
    tags: ['sustainability'],
  }),
  note({
    key: 'question-2',
    session: 'Contribution to the global debate',
    noteType: 'question',
    text: 'Is it possible that the delivery units shift the focus away from more strategic issues and decision making to more visible and second-best results?',
    sourceIds: BRIEFING,
    tags: ['sustainability'],
  }),
  note({
    key: 'question-3',
    session: 'Contribution to the global debate',
    noteType: 'question',
    text: 'How can delivery units be sustained between political governments? Are the functions and processes more important than the physical unit?',
    sourceIds: BRIEFING,
    tags: ['sustainability'],
  }),
  note({
    key: 'note-one-size',
    session: 'Closing session',
    noteType: 'note',
    text: 'No single model fits every government: participants agreed to keep the conversation going and build on this exchange.',
    sourceIds: BRIEFING,
  }),
  note({
    key: 'quote-reid-1',
    session: 'Closing session',
    speaker: 'Joanna Reid CBE',
    speakerRole: 'Head of Office, UK Department for International Development (DFID)',
    noteType: 'quote',
    text: 'When Government fails to turn policy into action, it fails its citizens.',
    sourceIds: NEWS,
  }),
  note({
    key: 'quote-reid-2',
    session: 'Closing session',
    speaker: 'Joanna Reid CBE',
    speakerRole: 'Head of Office, UK Department for International Development (DFID)',
    noteType: 'quote',
    text: 'It is an opportunity to focus on learning, and to better understand what makes one policy or programme succeed and another fail.',
    sourceIds: NEWS,
  }),
  note({
    key: 'action-nspp',
    session: 'Next steps',
    noteType: 'action',
    text: 'Share the policy note and the longer report with the National School of Public Policy, and hold a further discussion on bringing these concepts into the National Public Service curriculum.',
    sourceIds: BRIEFING,
  }),
  note({
    key: 'action-learning-report',
    session: 'Next steps',
    noteType: 'action',
    text: 'Prepare a longer learning report sharing Pakistan’s experience as a contribution to the global debate on effective policy execution.',
    sourceIds: BRIEFING,
  }),
  note({
    key: 'action-validate',
    session: 'Next steps',
    noteType: 'action',
    text: 'Share and discuss the findings with the federal and provincial governments to validate the lessons and encourage debate on what drives effective public sector delivery.',
    sourceIds: BRIEFING,
  }),
];

export const islamabadWorkshopItems: SampleItem[] = [source, workshop, ...notes];
