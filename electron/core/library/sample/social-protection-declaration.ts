import { sampleId, type SampleItem } from './sample-item';

/** The declaration of the 1st National Social Protection Conference, Bhurban 2023 (seed 003). */
export const SOCIAL_PROTECTION_DECLARATION_SOURCE_ID = sampleId('nspc:source');

const source: SampleItem = {
  id: SOCIAL_PROTECTION_DECLARATION_SOURCE_ID,
  kind: 'source',
  data: {
    title: 'Declaration of the 1st National Social Protection Conference',
    authors: [],
    publisher: '',
    date: '2023',
    place: 'Bhurban',
    url: '',
    type: 'declaration',
    summary:
      'What federal and provincial governments and their partners agreed at Pakistan’s first National Social Protection Conference, held in Bhurban in 2023, ' +
      'to make social protection more efficient, inclusive and resilient to economic shocks, climate change and disasters. ' +
      'Its eight points call for a federal-provincial Coordination Committee, an end to duplicated programmes, two-way sharing of registry, climate and administrative data, ' +
      'a jointly updated NSER, shared field offices and one-window service centres, joint disaster response plans, and co-financing of programmes.',
    tags: ['social protection'],
    sourceIds: [],
  },
};

type CommitmentFields = { number: number; text: string; owner: string; frequency?: string; details?: string[]; tags?: string[] };

function commitment({ number, text, owner, frequency = '', details = [], tags = [] }: CommitmentFields): SampleItem {
  return {
    id: sampleId(`nspc:commitment-${number}`),
    kind: 'commitment',
    data: {
      number,
      text,
      owner,
      frequency,
      dueDate: null,
      status: 'agreed',
      details,
      tags,
      sourceIds: [SOCIAL_PROTECTION_DECLARATION_SOURCE_ID],
    },
  };
}

const commitments: SampleItem[] = [
  commitment({
    number: 1,
    text: 'Federal programs should be designed and implemented in consultation with provincial entities. For this purpose, it is recommended to form a Coordination Committee for consultation and collaboration in designing new projects/programs, finetuning currently running projects/programs, planning and implementing activities along the delivery chain e.g. targeting methods, payment systems, IT systems, logistic support etc., and follow up on action points of the conference. Provinces / Federating Units may also seek federal input and support in designing and implementing their own programs.',
    owner: 'Coordination Committee',
    frequency: 'Quarterly, or more frequently if needed',
    details: [
      'The Coordination Committee shall comprise representatives of federal, provincial governments and development partners.',
      'The Committee shall meet once every quarter or more frequently if needed.',
    ],
    tags: ['coordination'],
  }),
  commitment({
    number: 2,
    text: 'The Federal Government will explore the possibilities of removal of duplications with the provincial programs.',
    owner: 'Federal Government',
    tags: ['coordination'],
  }),
  commitment({
    number: 3,
    text: 'There is consensus on developing mechanisms of two-way exchange on reciprocal basis for different data sources, including social/beneficiary registries, climate-related and administrative data, designating focal agencies, and making institutional arrangements for developing exchange protocols for maintaining security and privacy of data.',
    owner: 'Federal and provincial governments',
    tags: ['data'],
  }),
  commitment({
    number: 4,
    text: 'Update of NSER may also be carried out jointly and both Provincial/Federating Units and Federal Governments may explore cost/resource-sharing mechanisms leading to common ownership of the data.',
    owner: 'Federal and provincial governments',
    tags: ['data'],
  }),
  commitment({
    number: 5,
    text: 'The possibility of using BISP field / provincial offices may be explored for provision of services being provided by the Federal and Provincial/Federating Units Governments. Services may include registration for programs, complaint management, and targeting. The concept of One Window Centers may be introduced to provide all services under one roof.',
    owner: 'Federal and provincial governments',
    tags: ['service delivery'],
  }),
  commitment({
    number: 6,
    text: 'Provinces/Federating Units may extend administrative support in jointly implementing activities such as providing campsites for making payment distribution, registration of affected populations, etc.',
    owner: 'Provincial governments (Federating Units)',
    tags: ['service delivery'],
  }),
  commitment({
    number: 7,
    text: 'In case of any disasters, partners will collaborate and engage with disaster management entities at Federal and Provincial/Federating Units level to come up with a joint plan to address the needs of people affected by the disaster.',
    owner: 'Federal and provincial partners, with disaster management entities',
    tags: ['disaster response'],
  }),
  commitment({
    number: 8,
    text: 'Partners shall further explore the option of partnerships across programs, including co-financing. Programs in areas where joint financing and delivery may be more efficient (e.g., in the case of insurance schemes or schemes where benefits spill over across multiple provinces, such as interventions related to climate change and disasters), federal-provincial partnership will be explored.',
    owner: 'Federal and provincial partners',
    tags: ['financing'],
  }),
];

export const socialProtectionDeclarationItems: SampleItem[] = [source, ...commitments];
