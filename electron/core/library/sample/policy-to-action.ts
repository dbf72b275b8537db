import { richText } from '../../../../shared/richtext';
import { sampleId, type SampleItem } from './sample-item';

/** The "From Policy to Action" briefing note (seed 001): six lessons and the SMU/SSU annex. */
export const POLICY_TO_ACTION_SOURCE_ID = sampleId('pta:source');

const SMU_ID = sampleId('pta:unit-smu');
const SSU_ID = sampleId('pta:unit-ssu');
const PMDU_ID = sampleId('pta:unit-pmdu');

const source: SampleItem = {
  id: POLICY_TO_ACTION_SOURCE_ID,
  kind: 'source',
  data: {
    title: 'From Policy to Action: How to drive successful policy execution in Pakistan',
    authors: [],
    publisher: 'Government of Pakistan and UK Government',
    date: '2018',
    place: 'Islamabad',
    url: '',
    type: 'briefing',
    summary:
      'Briefing note written after the joint Government of Pakistan and UK Government workshop held in Islamabad on 13 and 14 November 2017. ' +
      'It draws six lessons from the delivery units of the Prime Minister’s Office, Punjab and Khyber Pakhtunkhwa, sets them against UK and international experience, ' +
      'asks three open questions on how delivery units can last and spread their learning, lists next steps, and compares the Special Monitoring Unit (Punjab) ' +
      'with the Strategic Support Unit (Khyber Pakhtunkhwa) question by question in an annex.',
    tags: ['delivery units', 'policy execution'],
    sourceIds: [],
  },
};

const PAKISTAN = ['Pakistan'];
const PROVINCES = ['Pakistan', 'Punjab', 'Khyber Pakhtunkhwa'];

const lessons: SampleItem[] = [
  {
    id: sampleId('pta:lesson-1'),
    kind: 'lesson',
    data: {
      title: 'A Delivery Unit is there to drive policy delivery for political priorities',
      quote: { text: 'Delivery units help to drive prioritisation through the system.', attribution: '' },
      body: richText(
        'A delivery unit draws its authority from the political executive, which decides what it works on and keeps it tied to the government’s main priorities. In Punjab and Khyber Pakhtunkhwa the Chief Ministers chair the stocktake meetings themselves and set the next steps; at federal level the Prime Minister’s Delivery Unit reports to the Principal Secretary and follows up named projects of national importance.',
        'Political backing explains the early results, but it is not enough on its own. For change to outlast a particular government, the habit of delivery has to become part of how departments work every day, so that both political ownership and departmental commitment keep improvements going.',
      ),
      themes: ['delivery units', 'political leadership', 'sustainability'],
      jurisdictions: PROVINCES,
      fromNoteId: null,
      tags: [],
      sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
    },
  },
  {
    id: sampleId('pta:lesson-2'),
    kind: 'lesson',
    data: {
      title:
        'Recognise that a delivery unit is only part of the solution; it can help deliver government priorities but cannot implement them',
      quote: {
        text: 'I don’t mind if it’s a white cat or a black cat, so long as it catches a mouse. The mode of delivery, or how it looks, is less important than what it delivers.',
        attribution: '',
      },
      body: richText(
        'A unit needs a government plan to serve: one that is clear, funded, agreed and understood, with a small number of targets behind a focused vision. Where the unit’s objectives are vague or the plan is weak, it cannot make change happen, and it may end up adding to the problem rather than solving it.',
        'A narrow, explicit mandate lets the unit work with departments instead of against them. It is not a shortcut around normal procedure: pushing results through at the expense of due process weakens the capability and accountability of the departments that must carry policy out. The mandate should say plainly that delivery goes through the existing system and strengthens it.',
      ),
      themes: ['delivery units', 'planning', 'mandate'],
      jurisdictions: PAKISTAN,
      fromNoteId: null,
      tags: [],
      sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
    },
  },
  {
    id: sampleId('pta:lesson-3'),
    kind: 'lesson',
    data: {
      title: 'Build a trusting relationship with the sectoral departments',
      quote: { text: 'We need to move from command and control into coordinate and collaborate.', attribution: '' },
      body: richText(
        'Pakistan’s delivery units named the support of sector departments as a condition for lasting improvement. A unit therefore has to combine watching progress with practical help in removing whatever is holding progress back.',
        'The strongest delivery processes cycle between implementation and monitoring. Progress is measured regularly, bottlenecks are diagnosed with a range of tools, and stocktake meetings hold departments to account. Between stocktakes, the unit works side by side with the department to settle problems early and find solutions together; this partnership is what makes execution succeed.',
      ),
      themes: ['delivery units', 'departments', 'stocktakes'],
      jurisdictions: PAKISTAN,
      fromNoteId: null,
      tags: ['stocktake'],
      sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
    },
  },
  {
    id: sampleId('pta:lesson-4'),
    kind: 'lesson',
    data: {
      title: 'Keep focus on what matters; avoid mission creep',
      quote: { text: 'Policy execution is really focusing on problems and solving them.', attribution: '' },
      body: richText(
        'Choosing priorities is only the start: the measures must track the real problems, not the ones that are easy to solve and report. Participants described units that missed the government’s core issues, or whose targets drew attention away from deeper reform.',
        'Successful units are often asked to take on more, which feels like a vote of confidence but erodes focus. A clear plan, a well-managed relationship with the political sponsor and a realistic diagnosis of each priority sector, revisited regularly, help a unit hit its targets without losing sight of the underlying delivery challenge.',
      ),
      themes: ['delivery units', 'priorities', 'mission creep'],
      jurisdictions: PAKISTAN,
      fromNoteId: null,
      tags: [],
      sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
    },
  },
  {
    id: sampleId('pta:lesson-5'),
    kind: 'lesson',
    data: {
      title: 'Use adequate tools, data, and routines',
      quote: { text: 'Sometimes, you’re hitting the target but you’re missing the point.', attribution: '' },
      body: richText(
        'A unit is only as useful as the methods it brings to departments, and data is central to them. Participants worried about how available and reliable data is and whether departments can analyse it; targets out of line with the plan, or incomplete data, lead to decisions made on the fly.',
        'Data should inform performance management across government, but in partnership with departments. Units have helped by analysing data and presenting it clearly to political leaders; that skill has to go with an understanding of how government works and where execution gets stuck. The routine of analysis and the involvement of departments matter as much as the numbers.',
      ),
      themes: ['data', 'tools', 'routines'],
      jurisdictions: PAKISTAN,
      fromNoteId: null,
      tags: [],
      sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
    },
  },
  {
    id: sampleId('pta:lesson-6'),
    kind: 'lesson',
    data: {
      title: 'Build the right team',
      quote: {
        text: 'Everyone wants to deliver something. No matter if it is a football team or a government department. In time, you come up with your own delivery team, your trusted people with skills, resources, and the right attitude.',
        attribution: '',
      },
      body: richText(
        'A unit needs people who can solve problems and manage change, not a copy of every department’s sector experts; sector expertise stays in the departments, while the unit supplies structure, methods, tools and a constructive challenge.',
        'Mixed backgrounds help: civil servants know the political and administrative terrain, the private sector brings other methods, frontline staff know citizens, and academics know which questions to ask. The Strategic Support Unit in Khyber Pakhtunkhwa combines public servants with private consultants, while the Prime Minister’s Delivery Unit and the Special Monitoring Unit rely mostly on consultants.',
        'Such teams are hard to recruit, and participants urged building lasting capacity inside government rather than depending on short-term staff and consultants.',
      ),
      themes: ['delivery units', 'skills', 'sustainability'],
      jurisdictions: PROVINCES,
      fromNoteId: null,
      tags: [],
      sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
    },
  },
];

const units: SampleItem[] = [
  {
    id: SMU_ID,
    kind: 'unit',
    data: {
      name: 'Special Monitoring Unit',
      shortName: 'SMU',
      government: 'Government of Punjab',
      level: 'provincial',
      sitsIn: 'Office of the Chief Minister, Punjab',
      established: null,
      summary:
        'Punjab’s delivery unit, working from the Chief Minister’s office on education, health, solid waste management and water. Its head sees the Chief Minister several times a week; it is staffed mostly from the private sector and funded through a development project of the Government of Punjab.',
      tags: ['delivery unit'],
      sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
    },
  },
  {
    id: SSU_ID,
    kind: 'unit',
    data: {
      name: 'Strategic Support Unit',
      shortName: 'SSU',
      government: 'Government of Khyber Pakhtunkhwa',
      level: 'provincial',
      sitsIn: 'Office of the Chief Minister, Khyber Pakhtunkhwa',
      established: null,
      summary:
        'Khyber Pakhtunkhwa’s delivery unit, in the Chief Minister’s office, covering six priority sectors and the Chief Minister’s special initiatives. Its team is about half public and half private sector; it was funded jointly with DFID until June 2018, after which the provincial government was expected to take it over.',
      tags: ['delivery unit'],
      sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
    },
  },
  {
    id: PMDU_ID,
    kind: 'unit',
    data: {
      name: 'Prime Minister’s Delivery Unit',
      shortName: 'PMDU',
      government: 'Government of Pakistan',
      level: 'federal',
      sitsIn: 'Prime Minister’s Office',
      established: null,
      summary:
        'Federal delivery unit set up by the Prime Minister’s Office to follow up priority projects of national significance, notably the China Pakistan Economic Corridor (CPEC). It reports to the Principal Secretary to the Prime Minister and relies mainly on private sector consultants. The briefing note also writes its initials as PDMU.',
      tags: ['delivery unit', 'PDMU'],
      sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
    },
  },
];

type Question = { id: string; theme: string; text: string; smu: string[]; ssu: string[] };

/** The annex, question by question; the annex has no theme headings, so the themes are ours. */
const annex: Question[] = [
  {
    id: 'q01',
    theme: 'Political ownership',
    text: 'Ownership by the political leadership; how frequently does the Head of the Unit meet the CM?',
    smu: ['The Head meets with the CM on a regular basis, a few times a week at least.'],
    ssu: ['Head of the Unit meets the CM at least once a week exclusively to discuss prioritised sectors.'],
  },
  {
    id: 'q02',
    theme: 'Political ownership',
    text: 'To what extent does the unit receive support from the CM?',
    smu: ['The support from the CM is a key driver for SMU and the latter enjoys this to a significant extent.'],
    ssu: ['The unit receives full support from the CM in terms of time, importance, and attention.'],
  },
  {
    id: 'q03',
    theme: 'Political ownership',
    text: 'Is the unit located in the office of the CM? If not, how far is it from the CM office?',
    smu: ['The unit is located in the CM office.'],
    ssu: ['The unit is located in the office of the CM.'],
  },
  {
    id: 'q04',
    theme: 'Monitoring and support',
    text: 'Does the unit monitor progress by the departments, or provide support towards achieving targets and removing bottlenecks?',
    smu: ['Monitors and develops an independent perspective on roadblocks which the SMU then supports to resolve.'],
    ssu: [
      'Monitors progress by departments on regular basis to track progress and to highlight and tackle challenges to delivery.',
      'Provides advisory and technical support to help realise targets and remove bottlenecks, particularly inter-departmental.',
    ],
  },
  {
    id: 'q05',
    theme: 'Monitoring and support',
    text: 'How does the unit balance monitoring with support for departments?',
    smu: ['Co-identifies roadblocks to help maintain the balance between support and monitoring.'],
    ssu: [
      'Regular monitoring and review to tackle issues of timelines and delays.',
      'The Head of SSU engages directly with the Chief Secretary and Additional Chief Secretary or solicits the intervention of the CM to solve inter-departmental coordination issues.',
    ],
  },
  {
    id: 'q06',
    theme: 'Monitoring and support',
    text: 'How frequently does the unit coordinate with departments between stocktakes?',
    smu: ['With most departments, the SMU has set up a weekly routine with their leadership, including the Secretary.'],
    ssu: ['Coordination is an ongoing function of the Unit between stock takes.'],
  },
  {
    id: 'q07',
    theme: 'Monitoring and support',
    text: 'What methodologies does the unit use when helping to solve problems – e.g. deep dives; client mapping; etc.?',
    smu: [
      'SMU staff have multiple tools, including:',
      'General project management tools.',
      'Rapid appraisals (from field visits).',
      'Creating delivery chains.',
    ],
    ssu: ['Hands-on technical and advisory support.'],
  },
  {
    id: 'q08',
    theme: 'Sectors and priorities',
    text: 'How many sectors does the unit deal with?',
    smu: [
      'Education; health; solid waste management; and water sectors.',
      'The SMU has also worked with culture & information, youth and sports departments.',
    ],
    ssu: [
      'Elementary and secondary education; higher education; health; local government; energy and power (two sub-sectors including hydropower and oil & gas); and the CM’s Special Initiatives (Currently 11).',
    ],
  },
  {
    id: 'q09',
    theme: 'Sectors and priorities',
    text: 'How many priority areas per sector, on average, does the unit pursue?',
    smu: [
      'There are on average 4-5 priority areas per roadmap – for some there are 4-5 each for a rural/urban split (e.g. SWM and water).',
    ],
    ssu: ['On average, 5 priority areas in each of 6 sectors, and 3 selected initiatives under each priority area.'],
  },
  {
    id: 'q10',
    theme: 'Sectors and priorities',
    text: 'How were these priorities chosen?',
    smu: [
      'Priority areas are defined by the CM and the interventions that have been designed by the department to meet the aspirations.',
    ],
    ssu: [
      'Priority areas are identified in close consultation with implementing departments; and considering political priorities. They are then agreed by the departments and the political leadership.',
      'Expert opinions are also sought.',
    ],
  },
  {
    id: 'q11',
    theme: 'Data and stocktakes',
    text: 'How does the unit collect data for baseline and progress measurement; use of data, frequency and nature of stocktakes?',
    smu: [
      'SMU collects data through independent sources as well as monthly data collected through PITB.',
      'The use of data ranges from using the analysis for our weekly meetings with the departments, to the quarterly stocktakes with the CM.',
    ],
    ssu: [
      'Departmental data to assess progress against targets is used for the baseline/preliminary stocktake. Further information from external sources and field visits is taken where necessary.',
      'Stocktake meetings are held with the CM and include Ministers, Heads of department and senior officials. The unit conducts a minimum of two rounds of stocktakes in a year.',
    ],
  },
  {
    id: 'q12',
    theme: 'Data and stocktakes',
    text: 'Is progress always tracked against the agreed initial baseline?',
    smu: ['Progress is always measured against the initially set baseline.'],
    ssu: [
      'Progress is measured against the initially agreed baseline but where there is justification, the baseline is adjusted to reflect that.',
    ],
  },
  {
    id: 'q13',
    theme: 'Team and skills',
    text: 'What is the skills mix in the unit team? Public sector/private sector background?',
    smu: ['SMU team members are largely from the private sector but have experience in both public and private sector.'],
    ssu: ['In terms of numbers, approximately 50% have public sector background while the other 50% private sector.'],
  },
  {
    id: 'q14',
    theme: 'Team and skills',
    text: 'Does the unit focus on change management and problem-solving skills?',
    smu: [
      'Collective problem-solving with the departments which helps train the lower management staff, which contributes to change management.',
    ],
    ssu: [
      'Progress chasing and improving coordination unblocking obstacles and resolving the problems. They have specific focus on terms of overcoming problems in inter-departmental coordination.',
    ],
  },
  {
    id: 'q15',
    theme: 'Communication',
    text: 'Does the unit have an external communication function? Who are the target audiences and what is the mode and frequency of communication?',
    smu: [
      'The external target audience includes the public, as well as influencers of public discourse such as academics, etc.',
      'SMU uses social and print media to further the agenda of social reform in Punjab and the frequency of communication is daily.',
    ],
    ssu: ['The unit does not currently have an external communication function.'],
  },
  {
    id: 'q16',
    theme: 'Resources and partners',
    text: 'Are resources allocated to the unit sufficient and what is the source of funding?',
    smu: [
      'The source of funding is a development project of the Government of Punjab.',
      'It is expected that the unit will be sustained either through a successor project or made part of regular government spend in due course.',
    ],
    ssu: [
      'The SSU is supported jointly by Government of Khyber Pakhtunkhwa and Department for International Development (DFID) UK. DFID funding will finish in June 2018, when the Government of Khyber Pakhtunkhwa is expected to internalise the unit.',
      'Allocated resources are sufficient to fulfil current mandate of the unit. However, some activities, e.g. impact assessments, are not currently covered.',
    ],
  },
  {
    id: 'q17',
    theme: 'Resources and partners',
    text: 'Does the unit collaborate with other external partners to help ensure delivery? What type of support is received?',
    smu: [
      'SMU actively collaborates with technical assistance teams as well as foreign donor agencies like DFID, the WB, etc. to constantly seek feedback on the reform efforts of GoPb.',
    ],
    ssu: [
      'The unit coordinates with those development partners who provide TA to prioritised sectors. The unit also coordinates with international firms/organisations as a special assignment given by the CM. They provide their time, access to information, and projects’ sites.',
    ],
  },
  {
    id: 'q18',
    theme: 'Performance and learning',
    text: 'How is the performance of the unit evaluated?',
    smu: ['In-house performance management routines for all staff members, undertaken quarterly.'],
    ssu: ['DFID conducts annual assessments of the unit’s performance against annual work plans and indicators.'],
  },
  {
    id: 'q19',
    theme: 'Performance and learning',
    text: 'How is learning captured and internalised from the work of the unit?',
    smu: [
      'All work of the unit is stored in a central repository, which they have started to make available through their website.',
    ],
    ssu: [
      'Meetings are held both internally and with the CM and Principal Secretary to elicit feedback and to discuss lessons learned.',
      'The unit also maintains an archive of all documentation including stocktake presentations, working papers, minutes etc.',
    ],
  },
];

const comparison: SampleItem = {
  id: sampleId('pta:comparison-smu-ssu'),
  kind: 'comparison',
  data: {
    title: 'Special Monitoring Unit (Punjab) and Strategic Support Unit (Khyber Pakhtunkhwa) compared',
    unitIds: [SMU_ID, SSU_ID],
    questions: annex.map(({ id, theme, text, smu, ssu }) => ({
      id,
      theme,
      text,
      cells: {
        [SMU_ID]: { points: smu, sourceId: POLICY_TO_ACTION_SOURCE_ID },
        [SSU_ID]: { points: ssu, sourceId: POLICY_TO_ACTION_SOURCE_ID },
      },
    })),
    tags: ['delivery units'],
    sourceIds: [POLICY_TO_ACTION_SOURCE_ID],
  },
};

export const policyToActionItems: SampleItem[] = [source, ...lessons, ...units, comparison];
