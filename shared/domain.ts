import { z } from 'zod';
import { KIND_INFO, KIND_NAMES, type Kind } from './kinds';
import { BriefingStateSchema } from './briefing';
import { RichTextSchema } from './richtext';

export { itemTitle, KIND_NAMES, parseKind, type Kind } from './kinds';

/**
 * The library's item kinds and their fields. Each kind's `data` schema is what a
 * user writes; `id`, `createdAt` and `updatedAt` are the store's.
 */

export const Id = z.uuid({ message: 'must be an id (a UUID such as 7d3f0c9e-…)' });
const text = z.string().trim();
const required = (what: string) => text.min(1, { message: `${what} is required` });
const list = z.array(text.min(1)).default([]);
/** A date as written in a citation: "2018", "2017-11", or "2017-11-13". */
const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be a date like 2017, 2017-11 or 2017-11-13' });
const IsoDate = z.iso.date({ message: 'must be a date like 2017-11-13' });

/** Fields every kind shares: tags and links to the sources an item draws on. */
const common = {
  tags: list,
  sourceIds: z.array(Id).default([]),
};

export const SOURCE_TYPES = [
  'briefing',
  'report',
  'article',
  'declaration',
  'thesis',
  'workshop-record',
  'book',
  'web-page',
  'other',
] as const;

export const SourceData = z.strictObject({
  ...common,
  title: required('a title'),
  authors: list,
  publisher: text.default(''),
  date: PartialDate.nullable().default(null),
  place: text.default(''),
  url: z.union([z.url({ protocol: /^https?$/, message: 'must be a web address such as https://…' }), z.literal('')]).default(''),
  type: z.enum(SOURCE_TYPES),
  summary: text.default(''),
});

export const PullQuote = z.strictObject({
  text: required('the quote'),
  attribution: text.default(''),
});

export const LessonData = z.strictObject({
  ...common,
  title: required('a title'),
  quote: PullQuote.nullable().default(null),
  body: RichTextSchema,
  themes: list,
  jurisdictions: list,
  /** The workshop note this lesson was promoted from, if any. */
  fromNoteId: Id.nullable().default(null),
});

export const UNIT_LEVELS = ['federal', 'provincial', 'national', 'local'] as const;

export const UnitData = z.strictObject({
  ...common,
  name: required('a name'),
  shortName: text.default(''),
  government: required('the government it serves'),
  level: z.enum(UNIT_LEVELS),
  sitsIn: text.default(''),
  established: z.number().int().min(1800).max(2200).nullable().default(null),
  summary: text.default(''),
});

export const ComparisonCell = z.strictObject({
  points: list,
  sourceId: Id.nullable().default(null),
});

export const ComparisonQuestion = z.strictObject({
  id: required('a question id'),
  theme: text.default(''),
  text: required('the question'),
  /** Keyed by delivery unit id. */
  cells: z.record(Id, ComparisonCell).default({}),
});

export const ComparisonData = z
  .strictObject({
    ...common,
    title: required('a title'),
    unitIds: z.array(Id).min(1, { message: 'at least one delivery unit is required' }),
    questions: z.array(ComparisonQuestion).default([]),
  })
  .superRefine((comparison, ctx) => {
    const units = new Set(comparison.unitIds);
    const seen = new Set<string>();
    comparison.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `question id "${question.id}" is used twice` });
      }
      seen.add(question.id);
      for (const unitId of Object.keys(question.cells)) {
        if (!units.has(unitId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', index, 'cells', unitId],
            message: 'answers a unit that is not among the comparison’s units',
          });
        }
      }
    });
  });

export const WorkshopData = z
  .strictObject({
    ...common,
    title: required('a title'),
    place: text.default(''),
    startDate: IsoDate,
    endDate: IsoDate,
    organisers: list,
    participants: list,
    summary: text.default(''),
  })
  .refine((workshop) => workshop.endDate >= workshop.startDate, {
    path: ['endDate'],
    message: 'must not be before the start date',
  });

export const NOTE_TYPES = ['note', 'quote', 'action', 'question'] as const;

export const NoteData = z.strictObject({
  ...common,
  workshopId: Id,
  session: text.default(''),
  speaker: text.default(''),
  speakerRole: text.default(''),
  noteType: z.enum(NOTE_TYPES),
  text: required('the note’s text'),
  /** When it was said or written down, if known. */
  time: z.iso.datetime({ offset: true, message: 'must be a date and time like 2017-11-13T10:30:00Z' }).nullable().default(null),
});

export const COMMITMENT_STATUSES = ['proposed', 'agreed', 'in-progress', 'done', 'dropped'] as const;

export const CommitmentData = z.strictObject({
  ...common,
  number: z.number().int().positive().nullable().default(null),
  text: required('the commitment’s text'),
  owner: text.default(''),
  frequency: text.default(''),
  dueDate: IsoDate.nullable().default(null),
  status: z.enum(COMMITMENT_STATUSES).default('agreed'),
  details: list,
});

export const TableColumn = z.strictObject({
  label: required('a column label'),
  unit: text.default(''),
  type: z.enum(['text', 'number']).default('text'),
});

export const TableData = z
  .strictObject({
    ...common,
    title: required('a title'),
    columns: z.array(TableColumn).min(1, { message: 'at least one column is required' }),
    rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))).default([]),
    notes: text.default(''),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, index) => {
      if (row.length !== table.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index],
          message: `has ${row.length} values but the table has ${table.columns.length} columns`,
        });
      }
      row.forEach((value, column) => {
        if (table.columns[column]?.type === 'number' && typeof value === 'string') {
          ctx.addIssue({ code: 'custom', path: ['rows', index, column], message: 'must be a number or empty' });
        }
      });
    });
  });

export const DocumentData = z.strictObject({
  ...common,
  title: required('a title'),
  templateId: required('a template id'),
  state: BriefingStateSchema,
  author: text.default(''),
  /** What the document is about, for its properties in Word. */
  subject: text.default(''),
});

/** Every kind, with the schema of its data and the names people use for it. */
export const KINDS = {
  source: { data: SourceData, ...KIND_INFO.source },
  lesson: { data: LessonData, ...KIND_INFO.lesson },
  unit: { data: UnitData, ...KIND_INFO.unit },
  comparison: { data: ComparisonData, ...KIND_INFO.comparison },
  workshop: { data: WorkshopData, ...KIND_INFO.workshop },
  note: { data: NoteData, ...KIND_INFO.note },
  commitment: { data: CommitmentData, ...KIND_INFO.commitment },
  table: { data: TableData, ...KIND_INFO.table },
  document: { data: DocumentData, ...KIND_INFO.document },
} as const satisfies Record<Kind, unknown>;

export const KindSchema = z.enum(KIND_NAMES as [Kind, ...Kind[]], {
  message: `must be one of: ${KIND_NAMES.join(', ')}`,
});

export type KindData<K extends Kind> = z.output<(typeof KINDS)[K]['data']>;
export type KindInput<K extends Kind> = z.input<(typeof KINDS)[K]['data']>;

const stamps = { id: Id, createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() };

function itemSchema<K extends Kind>(kind: K) {
  return z.object({ ...stamps, kind: z.literal(kind), data: KINDS[kind].data as (typeof KINDS)[K]['data'] });
}

export const ItemSchema: z.ZodType<Item> = z.discriminatedUnion('kind', [
  itemSchema('source'),
  itemSchema('lesson'),
  itemSchema('unit'),
  itemSchema('comparison'),
  itemSchema('workshop'),
  itemSchema('note'),
  itemSchema('commitment'),
  itemSchema('table'),
  itemSchema('document'),
]);
/** A stored item: its kind's data with the store's id and times. */
export type Item = {
  [K in Kind]: { id: string; kind: K; data: KindData<K>; createdAt: string; updatedAt: string };
}[Kind];
/** An item's kind and data, without the store's fields. */
export type ItemContent = { [K in Kind]: { kind: K; data: KindData<K> } }[Kind];
export type ItemOf<K extends Kind> = Extract<Item, { kind: K }>;

/** An item's one-line description in lists and search results. */
export const ItemSummarySchema = z.object({
  ...stamps,
  kind: KindSchema,
  title: z.string(),
});
export type ItemSummary = z.infer<typeof ItemSummarySchema>;
