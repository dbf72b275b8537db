import type { KindInput } from '../../../../shared/domain';
import { richText } from '../../../../shared/richtext';
import { sampleId, type SampleItem } from './sample-item';

/**
 * Sample items from Muhammad Irfan Khan's 2021 master's thesis on coordination
 * among BISP, PPAF and PBM (seeds/004_*.txt): the thesis, its bibliography,
 * its numeric tables, and its coordination factors and recommendations as lessons.
 */

export const COORDINATION_THESIS_SOURCE_ID = sampleId('thesis:source');

const THESIS = [COORDINATION_THESIS_SOURCE_ID];
const AUTHOR = 'Muhammad Irfan Khan (2021)';
const PAKISTAN = ['Pakistan'];

const thesis: SampleItem = {
  id: COORDINATION_THESIS_SOURCE_ID,
  kind: 'source',
  data: {
    tags: ['social protection', 'coordination', 'bisp', 'ppaf', 'pbm'],
    sourceIds: [],
    title: 'Towards Mutual Coordination: Improving the Efficiency of Social Protection Programs in Pakistan',
    authors: ['Muhammad Irfan Khan'],
    publisher: 'Graduate School of Public Administration, Seoul National University',
    date: '2021',
    place: 'Seoul',
    url: '',
    type: 'thesis',
    summary:
      'Master’s thesis in public administration (Global Public Administration Major, advisor Kwon Huck-Ju) asking whether ' +
      'the three federal social protection bodies in Pakistan — BISP, PPAF and PBM — work together, and how they could ' +
      'work together better. A qualitative desk study of laws, economic surveys and evaluations, it judges their horizontal ' +
      'coordination to be very weak, weighs seven factors (specialization, accountability, turf protection, bureaucratic ' +
      'hurdles, knowledge and skill sharing, political environment, legal compatibility) and proposes changes to ' +
      'leadership, accountability, structure and bureaucratic practice.',
  },
};

// ---------------------------------------------------------------------------
// Bibliography, in the thesis's own order (ref-1 … ref-73).

type Reference = Omit<KindInput<'source'>, 'tags' | 'sourceIds'>;

function reference(fields: Reference): KindInput<'source'> {
  return {
    tags: ['thesis-bibliography'],
    sourceIds: [],
    authors: [],
    publisher: '',
    date: null,
    place: '',
    url: '',
    summary: '',
    ...fields,
  };
}

const bibliography: Reference[] = [
  {
    title: 'How organizations act together: Interorganizational coordination in theory and practice',
    authors: ['Alexander, E. R.'],
    publisher: 'Gordon and Breach',
    place: 'Amsterdam',
    date: '1995',
    type: 'book',
  },
  {
    title: 'Organizations as rhetoric: Knowledge-intensive firms and the struggle with ambiguity',
    authors: ['Alvesson, M.'],
    publisher: 'Journal of Management Studies',
    date: '1993',
    type: 'article',
  },
  {
    title: 'Centralization, Organizational Strategy and Public Service Performance',
    authors: ['Andrews, R.', 'Boyne, G. A.'],
    publisher: 'Journal of Public Administration Research and Theory',
    date: '2009',
    type: 'article',
  },
  {
    title: 'Knowledge transfer in organizations: Learning from the experience of others',
    authors: ['Argote, L.', 'Ingram, P.', 'Levine, J. M.', 'Moreland, R. L.'],
    publisher: 'Organizational Behaviour and Human Decision Processes',
    date: '2000',
    type: 'article',
  },
  {
    title:
      'Introduction to the special issue on managing knowledge in organizations: Creating, retaining and transferring knowledge',
    authors: ['Argote, L.', 'McEvily, Bill', 'Reagans, R.'],
    publisher: 'Management Science',
    date: '2003',
    type: 'article',
  },
  { title: 'Social protection and poverty', authors: ['Barrientos, A.'], date: '2010', type: 'other' },
  {
    title: 'Social Protection for the Poor and Poorest in Developing Countries: Reflections on a Quiet Revolution',
    authors: ['Barrientos, A.', 'Hulme, D.'],
    publisher: 'Oxford Development Studies',
    date: '2009',
    url: 'https://doi.org/10.1080/13600810903305257',
    type: 'article',
  },
  {
    title: 'Social protection for the poor and poorest in developing countries: reflections on a quiet revolution: commentary',
    authors: ['Barrientos, A.', 'Hulme, D.'],
    publisher: 'Oxford Development Studies',
    date: '2009',
    type: 'article',
  },
  {
    title: 'Benazir Income Support Programme Act, 2010',
    authors: ['BISP'],
    publisher: 'Benazir Income Support Programme',
    date: '2010',
    url: 'https://bisp.gov.pk//Sitelimage/Misc/files/BISP_ACT_2010.pdf',
    type: 'other',
    summary: 'The act of Parliament that establishes BISP; cited for its objectives and the Chairperson’s power to make agreements.',
  },
  {
    title: 'Scale, Performance and the New Public Management: An Empirical Analysis of Local Authority Services',
    authors: ['Boyne, G. A.'],
    publisher: 'Journal of Management Studies',
    date: '1996',
    type: 'article',
  },
  {
    title: 'Joint approaches to social policy: rationality and practice',
    authors: ['Challis, L.', 'Klein, R.', 'Fuller, S.', 'Henwood, M.', 'Plowden, W.', 'Webb, A.', 'Wistow, G.'],
    publisher: 'Cambridge University Press',
    date: '1988',
    type: 'book',
  },
  {
    title: 'Post-NPM and changing public governance',
    authors: ['Christensen, T.'],
    publisher: 'Meiji Journal of Political Science and Economics',
    date: '2012',
    type: 'article',
  },
  {
    title: 'Increased complexity in public sector organizations – The challenge of combining NPM and post-NPM',
    authors: ['Christensen, T.', 'Laegreid, P.'],
    publisher: 'Palgrave Macmillan',
    place: 'London',
    date: '2010',
    type: 'book',
    summary: 'Chapter in Laegreid and Verhoest (eds.), Governance of Public Sector Organizations. Proliferation, autonomy and performance.',
  },
  {
    title: 'The Fragmented State: The Challenges of Combining Efficiency, Institutional Norms and Democracy',
    authors: ['Christensen, T.', 'Laegreid, P.'],
    publisher: 'Rokkansenteret, Stein Rokkan Centre for Social Studies',
    place: 'Bergen',
    date: '2004',
    type: 'report',
  },
  {
    title: 'The whole-of-government approach to public sector reform',
    authors: ['Christensen, T.', 'Laegreid, P.'],
    publisher: 'Public Administration Review',
    date: '2007',
    type: 'article',
  },
  {
    title: 'Social Justice: Strategies for National Renewal',
    authors: ['Commission on Social Justice'],
    publisher: 'Vintage',
    place: 'London',
    date: '1994',
    type: 'book',
  },
  {
    title: 'Alternatives to Hierarchy: The Role and Performance of Lateral Structures Inside Bureaucracy',
    authors: ['Considine, M.'],
    publisher: 'Australian Journal of Public Administration',
    date: '1992',
    type: 'article',
  },
  {
    title:
      'Human development report 2019. Beyond income, beyond averages, beyond today: Inequalities in human development in the 21st century',
    authors: ['Conceição, P.'],
    publisher: 'UNDP',
    place: 'New York',
    date: '2019',
    type: 'report',
  },
  {
    title: 'Global Social Policy and Global Governance',
    authors: ['Deacon, B.'],
    publisher: 'Sage',
    place: 'London',
    date: '2007',
    type: 'book',
  },
  {
    title: 'Social Transfers and Chronic Poverty: Emerging Evidence and the Challenge Ahead',
    authors: ['DFID'],
    publisher: 'DFID',
    place: 'London',
    date: '2005',
    type: 'report',
    summary: 'DFID Practice Paper.',
  },
  {
    title: 'Government Transparency: Impacts and Unintended Consequences',
    authors: ['Erkkila, T.'],
    publisher: 'Macmillan',
    place: 'Basingstoke, UK',
    date: '2011',
    type: 'book',
  },
  { title: 'Federal Budget of Pakistan, 2009-10', authors: ['Government of Pakistan'], date: '2009', type: 'report' },
  {
    title: 'Designing complex organizations',
    authors: ['Galbraith, J. R.'],
    publisher: 'Addison-Wesley Publishing Company',
    place: 'Reading, MA',
    date: '1973',
    type: 'book',
  },
  {
    title: 'Social protection in Pakistan: in the midst of a paradigm shift?',
    authors: ['Gazdar, H.'],
    publisher: 'Economic and Political Weekly',
    date: '2011',
    type: 'article',
  },
  {
    title:
      'Insecurity and welfare regimes in Asia, Africa and Latin America: Social policy in development contexts',
    authors: ['Gough, I.', 'Wood, G.', 'Barrientos, A.', 'Bevan, P.', 'Room, G.', 'Davis, P.'],
    publisher: 'Cambridge University Press',
    date: '2004',
    type: 'book',
  },
  {
    title: 'A Social Protection Strategy to Reach the Poor and the Vulnerable',
    authors: ['Government of Pakistan'],
    publisher: 'Centre for Poverty Reduction and Social Policy Development, Planning Commission',
    place: 'Islamabad',
    date: '2007',
    type: 'report',
    summary: 'The National Social Protection Strategy (NSPS).',
  },
  {
    title: 'Governance structures, coordination mechanisms and cognitive models',
    authors: ['Grandori, A.'],
    publisher: 'The Journal of Management and Governance',
    date: '1997',
    type: 'article',
  },
  {
    title: "All the King's horses and all the King's men: Putting New Zealand's public sector back together again",
    authors: ['Gregory, R.'],
    publisher: 'International Public Management Review',
    date: '2003',
    type: 'article',
  },
  {
    title: 'Post NPM Responses to Disaggregation through Coordinating Horizontally and Integrating Governance',
    authors: ['Halligan, J.'],
    publisher: 'Palgrave Macmillan',
    place: 'London',
    date: '2010',
    type: 'book',
    summary: 'Chapter in Laegreid and Verhoest (eds.), Governance of Public Sector Organizations. Proliferation, autonomy and performance.',
  },
  {
    title: 'Social risk management: A new conceptual framework for social protection, and beyond',
    authors: ['Holzmann, R.', 'Jørgensen, S.'],
    publisher: 'International Tax and Public Finance',
    date: '2001',
    type: 'article',
  },
  {
    title: 'A public management for all seasons?',
    authors: ['Hood, C.'],
    publisher: 'Public Administration',
    date: '1991',
    type: 'article',
  },
  {
    title: "The 'New Public Management' in the 1980s: Variations on a theme",
    authors: ['Hood, C.'],
    publisher: 'Accounting, Organizations and Society',
    date: '1995',
    type: 'article',
  },
  {
    title: 'Pakistan Selected Issues (IMF Country Report No. 17/213)',
    authors: ['IMF'],
    publisher: 'International Monetary Fund',
    date: '2017',
    type: 'report',
  },
  {
    title:
      'The federal civil service system and the problem of bureaucracy: The economics and politics of institutional change',
    authors: ['Johnson, R. N.', 'Libecap, G. D.'],
    publisher: 'University of Chicago Press',
    date: '2007',
    type: 'book',
  },
  {
    title: 'The Benazir Income Support programme and the Zakat programme: A political economy analysis of gender',
    authors: ['Khan, S. N.', 'Qutub, S.'],
    publisher: 'Overseas Development Institute (ODI)',
    place: 'London',
    date: '2010',
    type: 'report',
  },
  {
    title: 'The Evolution of Cash Transfers in Indonesia: Policy Transfer and National Adaptation',
    authors: ['Kwon, H. j.', 'Kim, W. r.'],
    publisher: 'Asia & the Pacific Policy Studies',
    date: '2015',
    type: 'article',
  },
  {
    title: 'The intelligence of democracy: Decision making through mutual adjustment',
    authors: ['Lindblom, C. E.'],
    publisher: 'Free Press',
    date: '1965',
    type: 'book',
  },
  {
    title: 'Specialization and coordination: Implications for integration and autonomy in a multi-level system',
    authors: ['Fimreite, A. L.', 'Laegreid, P.'],
    date: '2005',
    type: 'other',
  },
  {
    title: 'Pakistan Poverty Trends, Scenarios and Drivers',
    authors: ['Lopez-Calix, J.', 'Meija, C.', 'Newhouse, D.', 'Sobrado, C.'],
    publisher: 'World Bank',
    date: '2014',
    type: 'report',
    summary: 'World Bank Policy Paper Series on Pakistan (June 2014), the source of the thesis’s regional poverty headcount figure.',
  },
  {
    title: 'Policymaking in the German Federal Bureaucracy',
    authors: ['Mayntz, Renate', 'Scharpf, Fritz'],
    publisher: 'Elsevier',
    place: 'Amsterdam',
    date: '1975',
    type: 'book',
  },
  {
    title: 'Trust as an organizing principle',
    authors: ['McEvily, Bill', 'Perrone, Vincenzo', 'Zaheer, Akbar'],
    publisher: 'Organization Science',
    date: '2003',
    type: 'article',
  },
  {
    title: 'Obedient Servants? Management Freedoms and Accountabilities in the New Zealand Public Sector',
    authors: ['Norman, R.'],
    publisher: 'Victoria University Press',
    place: 'Wellington',
    date: '2003',
    type: 'book',
  },
  {
    title: "Paradoxes and Pendulum Swings: Performance Management in New Zealand's Public Sector",
    authors: ['Norman, R.', 'Gregory, R.'],
    publisher: 'Australian Journal of Public Administration',
    date: '2003',
    type: 'article',
  },
  {
    title: 'Social protection concepts and approaches: Implications for policy and practice in international development',
    authors: ['Norton, A.', 'Conway, T.', 'Foster, M.'],
    date: '2001',
    type: 'report',
  },
  {
    title: 'Intra-Agency Coordination',
    authors: ['Nou, J.'],
    publisher: 'Harvard Law Review',
    date: '2015',
    type: 'article',
  },
  {
    title: 'World Labour Report 2000: Income Security and Social Protection in a Changing World',
    authors: ['International Labour Office'],
    publisher: 'International Labour Office',
    place: 'Geneva, Switzerland',
    date: '2000',
    type: 'report',
  },
  {
    title: 'Evaluating Benazir Income Support Programme',
    authors: ['Oxford Policy Management'],
    publisher: 'Oxford Policy Management',
    date: '2019',
    url: 'https://www.opml.co.uk/projects/evaluating-benazir-income-support-programme',
    type: 'web-page',
    summary: 'OPM’s page on its BISP impact evaluation, visited 10 October 2020; the title is taken from the page’s address.',
  },
  {
    title: 'Pakistan Economic Survey, 2008-09: Poverty',
    authors: ['Government of Pakistan'],
    publisher: 'Finance Division, Government of Pakistan',
    date: '2009',
    url: 'http://www.finance.gov.pk/survey/chapters/13-Poverty09.pdf',
    type: 'report',
  },
  {
    title: 'Pakistan Economic Survey, 2010-11: Poverty',
    authors: ['Government of Pakistan'],
    publisher: 'Finance Division, Government of Pakistan',
    date: '2011',
    url: 'http://www.finance.gov.pk/survey/chapter_11/13-Poverty.pdf',
    type: 'report',
  },
  {
    title: 'Managing Incoherence: The Coordination and Empowerment Conundrum',
    authors: ['Peters, B. G.', 'Savoie, D. J.'],
    publisher: 'Public Administration Review',
    date: '1996',
    url: 'https://doi.org/10.2307/976452',
    type: 'article',
  },
  {
    title: 'Managing Horizontal Government: The Politics of Co-Ordination',
    authors: ['Peters, B. G.'],
    publisher: 'Public Administration',
    date: '1998',
    type: 'article',
  },
  {
    title: 'The challenge of policy coordination',
    authors: ['Peters, B. G.'],
    publisher: 'Policy Design and Practice',
    date: '2018',
    type: 'article',
  },
  {
    title: 'Some Critical Issues in Government Centralization and Decentralization',
    authors: ['Porter, D. O.', 'Olsen, E. A.'],
    publisher: 'Public Administration Review',
    date: '1976',
    url: 'https://doi.org/10.2307/974743',
    type: 'article',
  },
  {
    title: 'Feeding India: Livelihoods, entitlement and capabilities',
    authors: ['Prichard, B.', 'Rammohan, A.', 'Sekhar, M.', 'Parasuraman, S.', 'Choithani, C.'],
    publisher: 'Routledge Taylor and Francis',
    place: 'London and New York',
    date: '2013',
    type: 'book',
  },
  {
    // Garbled in the bibliography ("Protection, C. S. Pakistan Policy Note 11."); authors, publisher and date from the text.
    title: 'Pakistan Policy Note 11: Social Protection',
    authors: ['Malik, Iftikhar', 'Pop, Lucian'],
    publisher: 'World Bank',
    date: '2013-06',
    type: 'report',
  },
  {
    title: 'Emerging theoretical understanding of pluricentric coordination in public governance',
    authors: ['Reff Pedersen, A.', 'Sehested, K.', 'Sorensen, E.'],
    publisher: 'American Review of Public Administration',
    date: '2011',
    type: 'article',
  },
  {
    title: 'Social Protection for Equity and Growth',
    authors: ['Regalia, F.', 'Connors, E.', 'Oliva, C.', 'Legovini, A.', 'Duryea, S.', 'Stein, E. H.', 'Echeverría, R. G.'],
    date: null,
    type: 'book',
  },
  {
    title: 'Management, Control, and the Dilemmas of Presidential Leadership in the Modern Administrative State',
    authors: ['Rodriguez, D. B.'],
    publisher: 'Duke Law Journal',
    date: '1993',
    type: 'article',
  },
  {
    title: 'Globalization, Nation States and the Civil Service',
    authors: ['Savoie, D. J.'],
    publisher: "Canadian Centre for Management Development and McGill-Queen's University Press",
    place: 'Montreal and Kingston',
    date: '1995',
    type: 'book',
    summary: 'Chapter in B. G. Peters and D. J. Savoie (eds.), Governance in a Changing Environment.',
  },
  {
    title: 'Politics, Power and Position: The Dynamics of Federal Organization (5th ed.)',
    authors: ['Seidman, H.'],
    publisher: 'Oxford University Press',
    place: 'New York',
    date: '1998',
    type: 'book',
  },
  {
    title: 'Why Poverty Reduction Programs of Pakistan Did Not Bring Significant Change: An Appraisal',
    authors: ['Shirazi, N.', 'Obaidullah, M.'],
    date: '2014',
    type: 'other',
  },
  {
    title:
      'Beyond Normative Models and Development Trends: Strategic Design and Implementation of Decentralization in Developing Countries',
    authors: ['Smoke, P.'],
    date: '2000',
    type: 'other',
  },
  {
    title: 'Seasonal Cycles in Public Management: Disaggregation and Re-Aggregation',
    authors: ['Talbot, C.', 'Johnson, C.'],
    publisher: 'Public Money & Management',
    date: '2007',
    type: 'article',
  },
  {
    title:
      'Capturing value from knowledge assets: The new economy, markets for knowhow, and intangible assets',
    authors: ['Teece, David F.'],
    publisher: 'California Management Review',
    date: '1998',
    type: 'article',
  },
  {
    title: 'Moral responsibility of Public Officials: The Problem of Many Hands',
    authors: ['Thompson, D. F.'],
    publisher: 'American Political Science Review',
    date: '1980',
    type: 'article',
  },
  {
    title:
      'Enhancing Social Protection and Reducing Vulnerability in a Globalizing World: Report of the Secretary General to the Thirty-ninth Session (E/CN.5/2001/2)',
    authors: ['United Nations'],
    publisher: 'United Nations Economic and Social Council',
    place: 'Washington, DC',
    date: '2000',
    type: 'report',
  },
  {
    title: 'The Performance Paradox in the Public Sector',
    authors: ['van Thiel, S.', 'Leeuw, F. L.'],
    publisher: 'Public Performance and Management Review',
    date: '2002',
    type: 'article',
  },
  {
    title: 'Coordination: A Problem in Public Sector Management',
    authors: ['Webb, A.'],
    publisher: 'Policy & Politics',
    date: '1991',
    type: 'article',
  },
  {
    title: 'A Budget for All Seasons? Why the Traditional Budget Lasts',
    authors: ['Wildavsky, A.'],
    publisher: 'Public Administration Review',
    date: '1978',
    url: 'https://doi.org/10.2307/976027',
    type: 'article',
  },
  {
    title: 'Bureaucracy: What government agencies do and why they do it',
    authors: ['Wilson, J. Q.'],
    publisher: 'Basic Books',
    date: '2019',
    type: 'book',
  },
  {
    title:
      'Empowering People by Transforming Institutions: A Strategy and Implementation Plan for Social Development in Bank Operations',
    authors: ['World Bank'],
    publisher: 'World Bank',
    place: 'Washington, DC',
    date: '2005',
    type: 'report',
  },
  {
    title: 'The State of Social Safety Nets 2018',
    authors: ['World Bank'],
    publisher: 'World Bank',
    place: 'Washington, DC',
    date: '2018',
    url: 'https://openknowledge.worldbank.org/handle/10986/29115',
    type: 'report',
  },
  {
    title: 'Nowcast of the Global Poverty Rate at the $1.90 Line, 2015-21',
    authors: ['World Bank'],
    publisher: 'World Bank',
    date: '2020',
    url: 'https://www.worldbank.org/en/publication/poverty-and-shared-prosperity',
    type: 'web-page',
  },
];

const references: SampleItem[] = bibliography.map((fields, index) => ({
  id: sampleId(`thesis:ref-${index + 1}`),
  kind: 'source',
  data: reference(fields),
}));

// ---------------------------------------------------------------------------
// Tables, with the figures as printed. A dash in the thesis is an empty cell (null).

const rsBillion = 'Rs. billion';

const tables: SampleItem[] = [
  {
    id: sampleId('thesis:table-bisp-financial'),
    kind: 'table',
    data: {
      tags: ['bisp', 'cash transfers', 'social protection'],
      sourceIds: THESIS,
      title: 'BISP financial achievements, 2008-09 to 2019-20',
      columns: [
        { label: 'Financial year', unit: '', type: 'text' },
        { label: 'Released', unit: rsBillion, type: 'number' },
        { label: 'Conditional Cash Transfer (CCT)', unit: rsBillion, type: 'number' },
        { label: 'Unconditional Cash Transfer (UCT)', unit: rsBillion, type: 'number' },
        { label: 'Total (UCT+CCT)', unit: rsBillion, type: 'number' },
        { label: 'Number of beneficiaries', unit: 'million', type: 'number' },
      ],
      rows: [
        ['2008-09', 15.32, 0.04, 15.81, 15.85, 1.76],
        ['2009-10', 39.94, 2.89, 31.94, 34.83, 2.58],
        ['2010-11', 34.42, 5.3, 29.66, 34.96, 3.1],
        ['2011-12', 49.53, 4.28, 41.6, 45.88, 3.68],
        ['2012-13', 50.1, 3.17, 43.3, 46.47, 3.75],
        ['2013-14', 69.62, 1.2, 65.11, 66.31, 4.64],
        ['2014-15', 91.78, 0.45, 88.59, 89.04, 5.05],
        ['2015-16', 102.0, 1.88, 96.65, 98.53, 5.21],
        ['2016-17', 111.5, 2.27, 102.1, 104.37, 5.46],
        ['2017-18', 107.0, 3.2, 99.0, 102.2, 5.63],
        ['2018-19', 116.5, 4.01, 104.6, 108.6, 5.78],
        ['2019-20', 214.1, 2.7, 195.0, 197.7, 9.1],
      ],
      notes:
        'Thesis Table 3 (Rs in billions). CCT, UCT and their total are funds transferred as cash grants. ' +
        '2019-20 is till 31 May 2020. Printed totals: released 1,001.81; CCT 31.39; UCT 913.36; total 944.74. ' +
        'Source: Pakistan Economic Survey 2019-20.',
    },
  },
  {
    id: sampleId('thesis:table-hdi'),
    kind: 'table',
    data: {
      tags: ['hdi', 'human development', 'regional comparison'],
      sourceIds: THESIS,
      title: 'Human Development Index: Pakistan compared with the region and the world, 2018',
      columns: [
        { label: 'Country/Region', unit: '', type: 'text' },
        { label: 'HDI rank', unit: '', type: 'number' },
        { label: 'HDI value (2018)', unit: '', type: 'number' },
        { label: 'Average annual HDI growth (2010-2018)', unit: '%', type: 'number' },
        { label: 'Life expectancy at birth (SDG-3)', unit: 'years', type: 'number' },
        { label: 'Expected years of schooling (SDG-4.3)', unit: 'years', type: 'number' },
        { label: 'Mean years of schooling (SDG-4.6)', unit: 'years', type: 'number' },
        { label: 'GNI per capita (SDG-8.5)', unit: '2011 PPP $', type: 'number' },
        { label: 'Multidimensional Poverty Index headcount', unit: '%', type: 'number' },
      ],
      rows: [
        ['World', null, 0.731, 0.6, 72.6, 12.7, 8.4, 15745, 23.1],
        ['South Asia', null, 0.642, 1.18, 69.7, 11.8, 6.5, 6794, 31.0],
        ['Iran', 65, 0.797, 0.68, 76.5, 14.7, 10.0, 18166, null],
        ['Sri Lanka', 71, 0.78, 0.49, 76.8, 14.0, 11.1, 11611, null],
        ['China', 85, 0.758, 0.95, 76.7, 13.9, 7.9, 16127, 4.5],
        ['India', 129, 0.647, 1.34, 69.4, 12.3, 6.5, 6829, 27.9],
        ['Bangladesh', 135, 0.614, 1.4, 72.3, 11.2, 6.1, 4057, 41.7],
        ['Pakistan', 152, 0.56, 0.85, 67.1, 8.5, 5.2, 5190, 38.3],
      ],
      notes:
        'Thesis Table 1. Pakistan slipped from 150th (2017) to 152nd (2018) of 189 countries. ' +
        'Source: Conceição (2019), UNDP Human Development Report 2019.',
    },
  },
  {
    id: sampleId('thesis:table-regional-poverty'),
    kind: 'table',
    data: {
      tags: ['poverty', 'regional comparison'],
      sourceIds: THESIS,
      title: 'Regional poverty comparison: share of population below national and international poverty lines',
      columns: [
        { label: 'Country (year)', unit: '', type: 'text' },
        { label: 'Population below national poverty lines', unit: '%', type: 'number' },
        { label: 'Population below $1.90 a day', unit: '%', type: 'number' },
        { label: 'Population below $3.20 a day', unit: '%', type: 'number' },
        { label: 'Population below $5.50 a day', unit: '%', type: 'number' },
      ],
      rows: [
        ['Pakistan (2015)', 24.3, 3.9, 34.7, 75.4],
        ['China (2016)', 1.7, 0.5, 5.4, 23.9],
        ['Bangladesh (2016)', 24.3, 14.8, 52.9, 84.5],
        ['India (2011)', 21.9, 21.2, 60.4, 86.8],
        ['Sri Lanka (2016)', 4.1, 0.8, 10.1, 40.4],
        ['Iran (2017)', null, 0.3, 2.3, 10.9],
      ],
      notes:
        'Thesis Table 2. National-line figures: Pakistan’s is for FY2016, China’s for FY2018. ' +
        'Source: Pakistan Economic Survey 2019-20.',
    },
  },
  {
    id: sampleId('thesis:table-interest-free-loans'),
    kind: 'table',
    data: {
      tags: ['ppaf', 'ehsaas', 'interest-free loans', 'microfinance'],
      sourceIds: THESIS,
      title: 'Interest-free loans disbursed under Ehsaas (PPAF), cumulative July-March FY2020',
      columns: [
        { label: 'Borrowers', unit: '', type: 'text' },
        { label: 'Number of loans disbursed to borrowers', unit: 'number of loans', type: 'number' },
        { label: 'Amount disbursed to borrowers', unit: 'Rs. million', type: 'number' },
        { label: 'Number of loan centres', unit: 'number', type: 'number' },
      ],
      rows: [
        ['Men', 343397, 12103.17, null],
        ['Women', 292895, 9039.45, null],
        ['Total', 636292, 21196.62, 1100],
      ],
      notes:
        'Thesis Table 5, turned so that each column has one unit (the thesis lists the particulars as rows and ' +
        'men, women and total as columns). Loan centres are given only as a total. The printed amounts for men and ' +
        'women add up to 21,142.62, not the printed total. Source: Pakistan Economic Survey 2019-20.',
    },
  },
  {
    id: sampleId('thesis:table-ppaf-disbursement'),
    kind: 'table',
    data: {
      tags: ['ppaf', 'disbursement'],
      sourceIds: THESIS,
      title: 'PPAF disbursement by operating units and special initiatives, July-March FY2020',
      columns: [
        { label: 'Programme component', unit: '', type: 'text' },
        { label: 'Amount disbursed', unit: 'Rs. million', type: 'number' },
      ],
      rows: [
        ['Institutional Development/Social Mobilization (ID/SM)', 75],
        ['Livelihood Enhancement and Protection (LEP)', 2043],
        ['Water and Infrastructure (W & I)', 285],
        ['Education, Health and Nutrition (EHN)', 66],
        ['Total', 2469],
      ],
      notes:
        'Thesis Table 6 (Rs in million), disbursed to partner organisations; the text calls the total “Rs 2.469 million”. ' +
        'Source: Pakistan Economic Survey 2019-20 (its table 15.4).',
    },
  },
];

// ---------------------------------------------------------------------------
// Lessons: what helps or hinders coordination, and what the thesis recommends.

type LessonFields = {
  title: string;
  body: [string, string];
  quote: string | null;
  themes: string[];
};

function lessons(tags: string[], entries: Record<string, LessonFields>): SampleItem[] {
  return Object.entries(entries).map(([key, { title, body, quote, themes }]) => ({
    id: sampleId(`thesis:${key}`),
    kind: 'lesson',
    data: {
      tags,
      sourceIds: THESIS,
      title,
      quote: quote === null ? null : { text: quote, attribution: AUTHOR },
      body: richText(...body),
      themes,
      jurisdictions: PAKISTAN,
      fromNoteId: null,
    },
  }));
}

const factors = lessons(['coordination-factor', 'barrier'], {
  'factor-specialization': {
    title: 'Single-purpose mandates keep BISP, PPAF and PBM apart',
    body: [
      'Each of the three bodies was set up under its own instrument — BISP and PBM by separate acts of Parliament, PPAF as a non-profit company — with a narrow task of its own. Their tasks nevertheless touch and sometimes overlap, so the same work can be done twice.',
      'No ministry or administrative link sits over all three, and nothing in their design asks them to work as one system. The thesis reads this as the legacy of New Public Management’s single-purpose agencies: specialization without an integrating mechanism leaves coordination to chance.',
    ],
    quote:
      'BISP, PBM and PPAF are not placed under one federal ministry, nor are they interlinked through any administrative mechanism.',
    themes: ['coordination', 'social protection', 'institutional design'],
  },
  'factor-accountability': {
    title: 'Heavy accountability pressure makes joint working look risky',
    body: [
      'Joint work blurs who answers for public money and for missed targets. In Pakistan managers face the Auditor General, the National Accountability Bureau, provincial anti-corruption bodies and the Public Accounts Committee at once, and recent arrests of senior officials have made them cautious.',
      'The three bodies also answer to different laws, boards and authorities with no common forum. Staying inside one’s own mandate is the safer course, especially where cash transfers are involved and any slip invites scrutiny.',
    ],
    quote:
      'Accountability is a mandatory ingredient of the democratic governance system but it needs to be applied in a customized fashion',
    themes: ['coordination', 'accountability', 'social protection'],
  },
  'factor-turf': {
    title: 'Overlapping objectives breed turf protection',
    body: [
      'Because the three bodies pursue much the same goals, sharing clients, resources or credit feels like a threat to their relevance. The smaller PPAF and PBM fear that closer ties could end in a merger and the loss of their identity.',
      'BISP, the best-known programme and internationally recognised, has little reason to lend its goodwill to the others. The overlap that makes coordination most valuable is the very thing that makes each body guard its ground.',
    ],
    quote: 'BISP, PBM and PPAF have many commonalities when it comes to their main goals and objectives.',
    themes: ['coordination', 'social protection', 'institutional design'],
  },
  'factor-bureaucracy': {
    title: 'Bureaucratic inertia and red tape resist coordination',
    body: [
      'The bodies are led by senior civil servants whose careers reward protecting their own domain. Red tape turns any joint effort into extra workload, and modest pay gives officials little reason to take on more; coordination that dilutes an office’s authority is unwelcome.',
      'The thesis traces this attitude back to the colonial civil service and notes that close ties between political elites and senior officials weaken the political will to push change. What coordination exists is informal, from one official to another.',
    ],
    quote: 'The bureaucratic inertia poses the hardest challenges to the theory of change.',
    themes: ['coordination', 'bureaucracy', 'public sector reform'],
  },
  'factor-knowledge-sharing': {
    title: 'No formal channel for sharing knowledge and skills',
    body: [
      'Coordination depends on each body knowing what the others do, yet there is no formal mechanism for the three to exchange knowledge, and information about their programmes is hard to find. Information is also held back as a source of bargaining power, and privacy concerns limit data sharing in social protection.',
      'With records still largely on paper and e-governance barely used, whatever sharing happens goes through personal contacts between officials rather than open or online systems.',
    ],
    quote: 'There is no formal knowledge sharing mechanism among PBM, BISP, and PPAF.',
    themes: ['coordination', 'data sharing', 'e-governance'],
  },
  'factor-shared-registry': {
    title: 'The national registry is not used for common targeting',
    body: [
      'BISP built the National Socio-Economic Registry (NSER) from a poverty scorecard survey of about 27 million families, and keeps it up to date. It is the largest data resource of its kind in Pakistan and has been used for BISP’s own programmes and for COVID-19 relief.',
      'PBM and PPAF show little sign of using it and apply eligibility criteria of their own, so one household may receive support from all three without anyone noticing while others are missed.',
    ],
    quote:
      'This may even result in the duplicity wherein a person at the same time can be the beneficiary of all of these organizations without even being noticed.',
    themes: ['coordination', 'targeting', 'data sharing', 'social protection'],
  },
  'factor-political-environment': {
    title: 'Politics and the lack of a common umbrella hold coordination back',
    body: [
      'Social protection attracts political interference because it wins votes: resources can be steered to supporters rather than to those most in need, and coalition ministers may pull the programmes towards different agendas. Unstable governments have had little attention to spare for coordination.',
      'The three bodies have sat under different ministries and patrons. Creating the Poverty Alleviation and Social Safety Division, which took over BISP from the Ministry of Finance, has not yet produced a central mechanism that joins them.',
    ],
    quote:
      'Still there is little evidence of conducive political environment for enhancing coordination among these social protection initiatives.',
    themes: ['coordination', 'political economy', 'social protection'],
  },
});

const enablers = lessons(['coordination-factor', 'enabler'], {
  'factor-legal-compatibility': {
    title: 'The legal framework already allows the three bodies to coordinate',
    body: [
      'The thesis finds no legal obstacle. The Constitution, administrative and civil service law, and the right to information under Article 19A all leave room for sharing information and working together, though no law sets up a body whose job is coordination.',
      'The bodies’ own charters are permissive too: the BISP Act lets its Chairperson enter agreements with counterpart bodies, PPAF’s articles let it contract freely, and the Pakistan Bait-ul-Mal Act asks PBM’s board to coordinate with government poverty programmes. The barriers lie elsewhere.',
    ],
    quote:
      'The above discussion rules out any legal barrier or incompatibility that could hamper any efforts among the three social protection organizations to coordinate.',
    themes: ['coordination', 'legal framework', 'social protection'],
  },
});

const recommendations = lessons(['recommendation'], {
  'rec-leadership': {
    title: 'Political and administrative leaders should champion coordination',
    body: [
      'More money alone will not make the programmes work better. Political leaders need to recognise how much horizontal coordination social protection requires and adopt proven international practice for organising it.',
      'Administrative leaders matter as much, since they carry out what politicians decide: they should welcome joint efforts and make their own organisations a place where coordination is expected.',
    ],
    quote: 'Just increasing fiscal allocations are not going to do the wonders alone.',
    themes: ['coordination', 'leadership', 'social protection'],
  },
  'rec-incentives': {
    title: 'Reward coordination with performance-based incentives and draw on front-line staff',
    body: [
      'Lower-tier officials resist joint work because they are already overloaded. Performance-based incentives, folded into the civil service reforms already under way, would give them a reason to take it on.',
      'Coordination should also grow from the bottom up: the officials who deliver programmes locally see where the three bodies overlap, and their observations should shape how they work together.',
    ],
    quote:
      'Ultimately, it is the street level bureaucrat who is responsible for implementation of the strategies and programs at local level.',
    themes: ['coordination', 'incentives', 'public sector reform'],
  },
  'rec-accountability': {
    title: 'Rationalise accountability so that good-faith coordination is not punished',
    body: [
      'Accountability arrangements should fit the country rather than follow one model. In Pakistan, several agencies may pursue the same act or omission at once, honest mistakes are treated as gross misconduct, and officials under investigation are publicly humiliated.',
      'Cases should be examined properly, bona fide intent should count, and honest officials should get the benefit of the doubt until proven guilty. That gives them room to take initiatives, including coordination, in good faith.',
    ],
    quote:
      'Accountability should be enforced in a rationalized fashion to afford sufficient breathing space to the bureaucrats for taking certain initiatives in good faith',
    themes: ['coordination', 'accountability', 'public sector reform'],
  },
  'rec-one-window': {
    title: 'Restructure BISP, PBM and PPAF: formal coordination or a single window',
    body: [
      'The three bodies handle connected and sometimes overlapping subjects, which wastes time and money when they act alone. Government should either set up formal coordination among them or bring them, with similar initiatives, onto one platform.',
      'A single window serving all three purposes would cut duplicated tasks, reduce administrative and delivery costs, ease the load on the exchequer, and leave fewer actors to coordinate.',
    ],
    quote:
      'It is time to restructure such initiatives by either establishing formal coordination within current arrangement of things or by clubbing these three and other similar initiatives together at one platform.',
    themes: ['coordination', 'institutional design', 'social protection'],
  },
  'rec-performance-audit': {
    title: 'Introduce performance audit for every official handling social protection',
    body: [
      'As a quick remedy for bureaucratic resistance, the thesis proposes performance audits at every level of the bureaucracy that deals, directly or indirectly, with social protection.',
      'Clearer responsibility leaves less room to stall joint work, and fair job descriptions should go with it so that officials do not see coordination simply as extra burden.',
    ],
    quote: 'the short term solution to the bureaucratic problem is to introduce performance audit at all levels of bureaucracy',
    themes: ['coordination', 'bureaucracy', 'accountability'],
  },
  'rec-e-governance': {
    title: 'Put e-governance into practice, not just on paper',
    body: [
      'Information and communication technology has improved governance elsewhere but has little foothold in Pakistan’s ministries, which still run on paper files. Real e-governance would make information easier to share across organisations.',
      'A dashboard showing officials’ activities, performance and contributions would also strengthen performance accountability and weaken the fear-driven resistance to new ways of working.',
    ],
    quote: 'Time has come when the government in Pakistan should introduce e-governance not just on paper but in practice.',
    themes: ['coordination', 'e-governance', 'data sharing'],
  },
  'rec-networked-governance': {
    title: 'Move social protection towards networked governance',
    body: [
      'Rigid hierarchies with narrowly drawn duties suit twenty-first-century problems badly. The thesis points to networked governance, in which public and private actors work on a problem together without the usual formalities.',
      'In the longer term, government should try this at least in social protection, bringing informal and professional actors from outside government into the work alongside the three federal bodies.',
    ],
    quote: 'The world is now appreciating the networked governance model',
    themes: ['coordination', 'networked governance', 'public sector reform'],
  },
  'rec-vertical-coordination': {
    title: 'Study federal–provincial coordination next',
    body: [
      'The thesis looked only at horizontal coordination among federal bodies. Since the 18th Amendment devolved social protection to the provinces while the federal programmes continued, the links between federal and provincial programmes are an open question.',
      'It recommends further qualitative research on this vertical coordination, which lack of time, resources and data kept outside its scope.',
    ],
    quote:
      'The resource, time and data constraints did not allow to expand this study up to vertical coordination which is recommended for further future qualitative studies on the subject.',
    themes: ['coordination', 'decentralization', 'social protection'],
  },
});

export const coordinationThesisItems: SampleItem[] = [
  thesis,
  ...references,
  ...tables,
  ...factors,
  ...enablers,
  ...recommendations,
];
