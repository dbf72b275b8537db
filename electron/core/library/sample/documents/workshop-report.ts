import type { KindData } from '../../../../../shared/domain';
import {
  bulletList,
  documentState,
  eventDetails,
  footnote,
  heading3,
  paragraph,
  pullQuote,
  section,
  table,
} from '../../../briefing/build';
import { ISLAMABAD_NEWS_SOURCE_ID } from '../islamabad-workshop';
import { POLICY_TO_ACTION_SOURCE_ID } from '../policy-to-action';
import { sampleId, type SampleItem } from '../sample-item';
import { noteAttribution, sampleData } from './library-data';

/** A rapporteur’s note on the Islamabad workshop, quoting the workshop’s notes. */
export const WORKSHOP_REPORT_DOCUMENT_ID = sampleId('doc:workshop-report');

const note = (key: string): KindData<'note'> => sampleData('note', `islamabad:${key}`);
const quote = (key: string) => pullQuote(note(key).text, noteAttribution(note(key)));

export const workshopReportDocument: SampleItem = {
  id: WORKSHOP_REPORT_DOCUMENT_ID,
  kind: 'document',
  data: {
    title: 'From Policy to Action: workshop report',
    templateId: 'workshop-report',
    author: 'Rapporteur sample',
    subject: 'Rapporteur’s note on the joint Government of Pakistan and UK Government workshop, Islamabad, 13–14 November 2017',
    tags: ['delivery units', 'workshop'],
    sourceIds: [ISLAMABAD_NEWS_SOURCE_ID, POLICY_TO_ACTION_SOURCE_ID],
    state: documentState(
      section('title', [
        paragraph('From Policy to Action'),
        paragraph('Rapporteur’s note on the workshop held in Islamabad, 13–14 November 2017'),
      ]),
      section('event', [
        eventDetails(sampleId('islamabad:workshop')),
        paragraph(
          'Senior officials of the federal government and of all four provinces spent two days with the UK Cabinet Office and DFID comparing how their governments turn policy into public services. The Prime Minister’s Delivery Unit, Punjab’s Special Monitoring Unit and Khyber Pakhtunkhwa’s Strategic Support Unit brought their experience.',
        ),
      ]),
      section('purpose', [
        paragraph(
          'The workshop set out to share techniques for delivering publicly funded services in Pakistan, to learn what works in improving that delivery, and to add Pakistan’s experience to global knowledge on driving government performance. Its lessons were to feed a report for readers in Pakistan and abroad.',
          footnote('As announced at the close of the workshop.', ISLAMABAD_NEWS_SOURCE_ID),
        ),
      ]),
      section('key-messages', [
        bulletList([
          'A delivery unit draws its authority from political leaders, but lasting change needs departments to own delivery too.',
          'A unit can help deliver a government’s plan; it cannot stand in for one.',
          'Units succeed when they work *with* sector departments, pairing monitoring with hands-on help to clear bottlenecks.',
          'Data and steady routines matter as much as targets: hitting a target is not the same as solving the problem.',
          'No single model fits every government; the provinces and the federation gain most by sharing what they learn.',
        ]),
      ]),
      section('sessions', [
        heading3('Opening session'),
        paragraph(note('note-themes').text),
        heading3('Provincial experience'),
        paragraph(
          'Speakers from Khyber Pakhtunkhwa and Punjab described how their delivery units work. ',
          note('note-bangash').text,
        ),
        quote('quote-bangash'),
        quote('quote-sahoo'),
        heading3('Contribution to the global debate'),
        paragraph(
          'Participants asked how the units’ learning can reach the rest of government, and warned against units that work apart from the departments they serve.',
        ),
        quote('quote-silos'),
        paragraph('Three questions were left open:'),
        bulletList([note('question-1').text, note('question-2').text, note('question-3').text]),
        heading3('Closing session'),
        paragraph(note('note-one-size').text),
        quote('quote-reid-1'),
        quote('quote-reid-2'),
      ]),
      section('actions', [
        table([
          ['Action', 'Owner'],
          [note('action-nspp').text, 'Workshop organisers, with the National School of Public Policy'],
          [note('action-learning-report').text, 'Workshop organisers'],
          [
            note('action-validate').text,
            [
              paragraph('Workshop organisers, with:'),
              bulletList(['the Federal Government', 'the Governments of Balochistan, Khyber Pakhtunkhwa, Punjab and Sindh']),
            ],
          ],
        ]),
      ]),
      section('next-steps', [
        bulletList([
          'Circulate this note to the participants.',
          'Feed the sessions’ lessons into the briefing note “From Policy to Action”.',
          'Take the three open questions to the follow-up discussion with the National School of Public Policy.',
        ]),
      ]),
    ),
  },
};
