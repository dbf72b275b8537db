import { richText } from '../../../../shared/richtext';
import { sampleId, type SampleItem } from './sample-item';

/** "It's About Intelligent Partnerships" (seed 002): a 2013 report on the Managing Change conference. */
export const INTELLIGENT_PARTNERSHIPS_SOURCE_ID = sampleId('ip:source');

const source: SampleItem = {
  id: INTELLIGENT_PARTNERSHIPS_SOURCE_ID,
  kind: 'source',
  data: {
    title: 'It’s About Intelligent Partnerships',
    authors: ['David Allaby'],
    publisher: 'PublicService.co.uk (republished by UNPAN)',
    date: '2013-01-21',
    place: 'United Kingdom',
    url: 'http://www.publicservice.co.uk/feature_story.asp?id=21943',
    type: 'report',
    summary:
      'Conference report from Public Service Events’ “Managing Change – transforming the public sector” conference in the UK. ' +
      'Speakers from the NHS, the Cabinet Office and the private sector argued that public leaders must think more radically: rising demand and tight budgets call for smarter procurement, ' +
      'more varied and agile private partners, open data and online services, contracts that make change cheap, and a strong professional skills base.',
    tags: ['change management'],
    sourceIds: [],
  },
};

const UK = ['United Kingdom'];

const lessons: SampleItem[] = [
  {
    id: sampleId('ip:lesson-purpose'),
    kind: 'lesson',
    data: {
      title: 'Ground every change programme in purpose, because not all change is improvement',
      quote: {
        text: 'Not all change is improvement.',
        attribution: 'Jackie Lynton, lead associate, NHS Institute for Innovation and Improvement',
      },
      body: richText(
        'Repeated waves of reform wear people out, even experienced leaders of improvement. One NHS veteran described nearly leaving after yet another change programme, and staying only once she had gone back to her values and asked why she worked in the service at all.',
        'Leaders who want staff to commit to transformation should start from that sense of purpose and be clear about what a change is meant to improve; change for its own sake adds fatigue without adding value.',
      ),
      themes: ['change management', 'leadership'],
      jurisdictions: UK,
      fromNoteId: null,
      tags: [],
      sourceIds: [INTELLIGENT_PARTNERSHIPS_SOURCE_ID],
    },
  },
  {
    id: sampleId('ip:lesson-partners'),
    kind: 'lesson',
    data: {
      title: 'Be an intelligent partner to a more diverse private sector',
      quote: {
        text: 'Now there is a real feeling that the private sector, with whom we can and must work, is more diverse, more responsive, more agile.',
        attribution: 'Richard Heaton, Permanent Secretary, Cabinet Office',
      },
      body: richText(
        'Demand and expectations keep rising while budgets stay tight, so government has to use its resources better, starting with what it buys. Where privatisation once meant handing most work to a few large firms, the market now offers smaller, quicker and more varied partners and a wider choice of commercial models.',
        'The public sector gains from this only if it is a knowledgeable client: it should use the market inventively, open up data, move services online with a user experience that matches commercial ones, and watch for the next innovations such as outcome-based funding and place-based budgets.',
      ),
      themes: ['partnerships', 'procurement', 'public service reform'],
      jurisdictions: UK,
      fromNoteId: null,
      tags: [],
      sourceIds: [INTELLIGENT_PARTNERSHIPS_SOURCE_ID],
    },
  },
  {
    id: sampleId('ip:lesson-cheap-to-change'),
    kind: 'lesson',
    data: {
      title: 'Contract for change, not only for low running costs',
      quote: {
        text: 'We can\'t afford to be behind the game, expensively procuring rubbish computer systems.',
        attribution: 'Richard Heaton, Permanent Secretary, Cabinet Office',
      },
      body: richText(
        'Over the long run change is unpredictable and often continuous, yet service contracts are still negotiated mainly on how *cheap to run* they are. The conference sponsor, Ben Grinnell of qedis, urged buyers to value how *cheap to change* a service is as well.',
        'Large change programmes bought in as one big package risk sinking under their own process. Flexible contracts, backed by a strong and adaptable professional skills base inside the public sector, make successful change more likely.',
      ),
      themes: ['procurement', 'change management', 'skills'],
      jurisdictions: UK,
      fromNoteId: null,
      tags: [],
      sourceIds: [INTELLIGENT_PARTNERSHIPS_SOURCE_ID],
    },
  },
];

export const intelligentPartnershipsItems: SampleItem[] = [source, ...lessons];
