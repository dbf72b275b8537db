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
});

export const TemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string(),
  audience: z.string().default(''),
  sections: z.array(TemplateSectionSchema).min(1),
});
export type Template = z.output<typeof TemplateSchema>;
export type TemplateSection = z.output<typeof TemplateSectionSchema>;

export const TemplateSummarySchema = TemplateSchema.pick({ id: true, name: true, description: true, audience: true });
export type TemplateSummary = z.output<typeof TemplateSummarySchema>;
