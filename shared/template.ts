import { z } from 'zod';

export const SECTION_KINDS = [
  'title',
  'text',
  'lessons',
  'bullets',
  'questions',
  'place-date',
  'comparison',
  'data',
  'commitments',
  'notes',
  'readings',
] as const;

export const TemplateSectionSchema = z.object({
  id: z.string().min(1),
  heading: z.string(),
  kind: z.enum(SECTION_KINDS),
  required: z.boolean().default(false),
  guidance: z.string().default(''),
  wordBudget: z.number().int().positive().nullable().default(null),
  minItems: z.number().int().nonnegative().nullable().default(null),
  maxItems: z.number().int().positive().nullable().default(null),
  /** Whether the heading is printed (the title block and the place-and-date line have none). */
  printHeading: z.boolean().default(true),
  /** Wide content such as a comparison annex goes on landscape pages. */
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
});

/** The paragraph styles a template defines; exporters map them to Word styles of the same role. */
export const STYLE_NAMES = [
  'title',
  'subtitle',
  'heading1',
  'heading2',
  'heading3',
  'body',
  'pullQuote',
  'footnoteText',
  'tableText',
  'tableHeader',
  'caption',
] as const;
export type StyleName = (typeof STYLE_NAMES)[number];

const points = z.number().nonnegative().max(200);
export const ParagraphStyleSchema = z.strictObject({
  font: z.string().min(1),
  /** Font size in points. */
  size: z.number().min(4).max(96),
  /** Text colour as six hex digits, e.g. "1F3864". */
  color: z.string().regex(/^[0-9A-Fa-f]{6}$/, { message: 'must be a colour as six hex digits, such as 1F3864' }),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  /** Space before and after, in points. */
  spaceBefore: points.default(0),
  spaceAfter: points.default(6),
  /** Line spacing as a multiple of single spacing. */
  lineSpacing: z.number().min(0.5).max(4).default(1.15),
  align: z.enum(['left', 'center', 'right', 'justify']).default('left'),
  /** Indent on both sides, in millimetres (pull quotes). */
  indent: z.number().nonnegative().max(100).default(0),
});
export type ParagraphStyle = z.output<typeof ParagraphStyleSchema>;

/** Portrait page sizes in millimetres; every format converts from these. */
export const PAGE_SIZES_MM = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
} as const;

const millimetres = z.number().min(0).max(100);
export const PageSetupSchema = z.strictObject({
  size: z.enum(['A4', 'Letter']).default('A4'),
  margins: z.strictObject({ top: millimetres, right: millimetres, bottom: millimetres, left: millimetres }),
  /** Running header; "{title}" stands for the document's title. */
  header: z.string().default('{title}'),
  /** Running footer; "{page}" and "{pages}" stand for the page number and count. */
  footer: z.string().default('Page {page} of {pages}'),
});
export type PageSetup = z.output<typeof PageSetupSchema>;

export const NumberingSchema = z.strictObject({
  /** The label before each lesson's title; "{n}" is its number. */
  lesson: z.string().default('Lesson {n}:'),
  /** Numbers section headings "1.", "2." … */
  sections: z.boolean().default(false),
});

export const TemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string(),
  audience: z.string().default(''),
  sections: z.array(TemplateSectionSchema).min(1),
  numbering: NumberingSchema.default({ lesson: 'Lesson {n}:', sections: false }),
  styles: z.strictObject(Object.fromEntries(STYLE_NAMES.map((name) => [name, ParagraphStyleSchema])) as Record<StyleName, typeof ParagraphStyleSchema>),
  page: PageSetupSchema,
  /** Whether exports start with a table of contents unless asked otherwise. */
  tableOfContents: z.boolean().default(false),
});
export type Template = z.output<typeof TemplateSchema>;
export type TemplateSection = z.output<typeof TemplateSectionSchema>;

export const TemplateSummarySchema = TemplateSchema.pick({ id: true, name: true, description: true, audience: true });
export type TemplateSummary = z.output<typeof TemplateSummarySchema>;
