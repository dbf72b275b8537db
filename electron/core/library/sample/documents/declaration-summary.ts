import { bulletList, commitmentsTable, documentState, paragraph, section } from '../../../briefing/build';
import { sampleId, type SampleItem } from '../sample-item';
import { SOCIAL_PROTECTION_DECLARATION_SOURCE_ID } from '../social-protection-declaration';

/** A summary of the Bhurban declaration: its eight commitments, with the context and how to follow them up. */
export const DECLARATION_SUMMARY_DOCUMENT_ID = sampleId('doc:declaration-summary');

const COMMITMENT_IDS = [1, 2, 3, 4, 5, 6, 7, 8].map((number) => sampleId(`nspc:commitment-${number}`));

export const declarationSummaryDocument: SampleItem = {
  id: DECLARATION_SUMMARY_DOCUMENT_ID,
  kind: 'document',
  data: {
    title: 'Declaration of the 1st National Social Protection Conference: summary',
    templateId: 'declaration-summary',
    author: 'Rapporteur sample',
    subject: 'The eight commitments federal and provincial governments made at Pakistan’s first National Social Protection Conference, Bhurban 2023',
    tags: ['social protection', 'commitments'],
    sourceIds: [SOCIAL_PROTECTION_DECLARATION_SOURCE_ID],
    state: documentState(
      section('title', [
        paragraph('Declaration of the 1st National Social Protection Conference'),
        paragraph('What was agreed in Bhurban in 2023, and how to follow it up'),
      ]),
      section('context', [
        paragraph(
          'Pakistan faces economic shocks, climate change and disaster risks that fall hardest on marginalised communities. Stronger social protection is one of the main ways to help households withstand them.',
        ),
        paragraph(
          'At the 1st National Social Protection Conference, held in Bhurban in 2023, the federal and provincial governments and their development partners agreed a declaration to make the system more efficient, inclusive and resilient. Its eight points turn on four themes: closer federal–provincial collaboration through a Coordination Committee, two-way sharing of data, joint response to disasters, and co-financing of programmes.',
        ),
      ]),
      section('commitments', [
        paragraph('The declaration’s commitments, in its own order and words:'),
        commitmentsTable(COMMITMENT_IDS),
      ]),
      section('follow-up', [
        paragraph(
          'The Coordination Committee proposed in the first commitment is the natural place to track progress: it is to bring together federal and provincial governments and development partners, meet every quarter or more often, and follow up the conference’s action points.',
        ),
        paragraph('At each meeting the Committee could review:'),
        bulletList([
          'which duplications between federal and provincial programmes have been found and removed;',
          'whether data-exchange protocols and focal agencies are in place, and the joint update of the NSER;',
          'services offered through shared field offices and one-window centres;',
          'joint disaster plans agreed with disaster management bodies, and partnerships for co-financing.',
        ]),
        paragraph('Each commitment’s status in the library should be updated after every meeting, so that this summary stays current.'),
      ]),
    ),
  },
};
