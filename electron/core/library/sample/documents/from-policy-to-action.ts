import {
  bulletList,
  comparisonTable,
  documentState,
  footnote,
  lessonRef,
  paragraph,
  pullQuote,
  section,
} from '../../../briefing/build';
import { ISLAMABAD_NEWS_SOURCE_ID } from '../islamabad-workshop';
import { POLICY_TO_ACTION_SOURCE_ID } from '../policy-to-action';
import { sampleId, type SampleItem } from '../sample-item';
import { sampleData } from './library-data';

/** The briefing note of seed 001, rebuilt from the library: its six lessons are linked, not copied. */
export const POLICY_TO_ACTION_DOCUMENT_ID = sampleId('doc:from-policy-to-action');

const note = (key: string) => sampleData('note', `islamabad:${key}`).text;

export const policyToActionDocument: SampleItem = {
  id: POLICY_TO_ACTION_DOCUMENT_ID,
  kind: 'document',
  data: {
    title: 'From Policy to Action: How to drive successful policy execution in Pakistan',
    templateId: 'from-policy-to-action',
    author: 'Rapporteur sample',
    subject: 'Six lessons from Pakistan’s delivery units on turning policy into action, from the Islamabad workshop of November 2017',
    tags: ['delivery units', 'policy execution'],
    sourceIds: [POLICY_TO_ACTION_SOURCE_ID, ISLAMABAD_NEWS_SOURCE_ID],
    state: documentState(
      section('title', [
        paragraph('From Policy to Action'),
        paragraph('How to drive successful policy execution in Pakistan'),
      ]),
      section('introduction', [
        paragraph(
          'Since the 2013 general elections, governments across Pakistan have paid far more attention to how policy becomes action on the ground',
          footnote('In this note, turning policy into action on the ground is taken to be the core of policy execution.'),
          '. The provinces have competed to improve their services, and with a general election due in 2018 and voters expecting ever better public services, carrying stated policy through to results has never mattered more.',
        ),
        paragraph(
          'Much of the recent progress comes from specialised delivery units, set up inside government to turn policy into tangible results for citizens. The Prime Minister’s Office created one to drive federal priority projects, above all CPEC.',
          footnote('The China Pakistan Economic Corridor.'),
          ' Punjab and Khyber Pakhtunkhwa created their own to improve the services their citizens receive; the units share a name but work in very different ways. Sindh and Balochistan, meanwhile, have tried models that work within the existing system.',
        ),
        paragraph(
          'This range of approaches lets each government learn from its peers, and lets Pakistan share what it has learnt more widely. This note sets out the main findings.',
        ),
      ]),
      section(
        'lessons',
        [
          paragraph(
            'Drawing on two days of discussion,',
            footnote(
              'This note was prepared after a joint Government of Pakistan and UK Government workshop in Islamabad on 13 and 14 November 2017. ' +
                'The workshop drew on Pakistan’s own experience under three themes: (1) sharing techniques and approaches for effective publicly funded service delivery within Pakistan; ' +
                '(2) learning what works, and how to support better publicly funded service delivery in Pakistan; and (3) adding to global knowledge on driving government performance. ' +
                'This note covers the first two.',
              ISLAMABAD_NEWS_SOURCE_ID,
            ),
            ' this note distils what governments across Pakistan have learnt about turning policy into action. The workshop looked at the many successes of delivery units and delivery approaches in Pakistan and set them beside UK and wider international experience, asking what improves policy execution, when delivery units work and where they reach their limits. The six lessons below offer key ideas for governments and officials choosing how to improve service delivery: through a delivery unit, or something else.',
          ),
          ...[1, 2, 3, 4, 5, 6].map((n) => lessonRef(sampleId(`pta:lesson-${n}`))),
        ],
        'Six lessons from Pakistan’s Delivery Units',
      ),
      section('global-debate', [
        paragraph(
          'Pakistan’s experience confirms and adds to the wider debate on how to make policy execution work. Delivery units are part of the answer, but as the UK’s own delivery and implementation units have shown, what works has to change over time. The workshop’s central message was that Pakistan needs a *system and a culture* of policy execution; a delivery unit can help to build them but cannot on its own make up for weak execution across government.',
        ),
        pullQuote(note('quote-silos')),
        paragraph(
          'Participants wanted more of the learning about government performance drawn from the units’ experience: which factors lie behind successful change (the mix of staff and skills, clear lines of accountability, better pay, better processes, a particular organisational culture) and how they can be reproduced in other departments. Close work with sector departments helps, but the process needs to be more deliberate. Feeding learning back into public administration should be an objective from the start, and a unit should be judged not only on the targets it meets but on the change it brings to the administration.',
        ),
        paragraph('Participants left three questions on how delivery units can last and stay relevant, in Pakistan and beyond:'),
        bulletList([note('question-1'), note('question-2'), note('question-3')]),
      ]),
      section('next-steps', [
        paragraph(
          'No single model of policy execution fits every government. Pakistan’s lessons reinforce the international debate on when delivery units succeed and what makes execution hard, and participants agreed to keep the conversation going. The workshop will be followed up in three ways:',
        ),
        bulletList([note('action-nspp'), note('action-learning-report'), note('action-validate')]),
      ]),
      section('place-date', [paragraph('Islamabad 2018')]),
      section('annex', [
        comparisonTable(sampleId('pta:comparison-smu-ssu'), {
          unitIds: [sampleId('pta:unit-smu'), sampleId('pta:unit-ssu')],
        }),
      ]),
    ),
  },
};
