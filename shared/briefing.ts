import { z } from 'zod';
import type { Kind } from './kinds';
import { RichTextSchema, type RichText, type RichTextNode } from './richtext';

/**
 * The briefing model: a document is Lexical serialized state whose top-level
 * blocks are `section` nodes, one per template section, holding Lexical's own
 * nodes (paragraph, heading, quote, list, table, link, text) and these custom
 * nodes. Each custom node has a `type` and a `version`, as Lexical requires, so
 * the editor can load a document as it is and exporters can walk it without one.
 *
 * Library items are embedded by id, so editing a lesson in the library changes
 * every document that uses it, unless the document pins a copy.
 */

const id = z.uuid({ message: 'must be an id (a UUID such as 7d3f0c9e-…)' });
const text = z.string().trim();
const ids = z.array(id).default([]);

export const SectionNodeSchema = z.looseObject({
  type: z.literal('section'),
  version: z.literal(1),
  /** The template section this block fills. */
  sectionId: z.string().min(1, { message: 'a section needs the id of its template section' }),
  /** The heading as printed; empty means the template's heading. */
  heading: text.default(''),
  children: z.array(z.custom<RichTextNode>()),
});

/** A lesson's words as the document keeps them when it pins a copy. */
export const PinnedLessonSchema = z.strictObject({
  title: text.min(1, { message: 'a pinned lesson needs a title' }),
  quote: z.strictObject({ text: text.min(1), attribution: text.default('') }).nullable().default(null),
  body: RichTextSchema,
});

export const LessonNodeSchema = z
  .looseObject({
    type: z.literal('lesson'),
    version: z.literal(1),
    /** The library lesson it shows (or was pinned from). */
    lessonId: id.nullable().default(null),
    /** A copy kept in the document; when present it is what the document shows. */
    pinned: PinnedLessonSchema.nullable().default(null),
  })
  .refine((node) => node.lessonId !== null || node.pinned !== null, {
    message: 'a lesson must link to a library lesson or keep a pinned copy',
  });

export const PullQuoteNodeSchema = z.looseObject({
  type: z.literal('pullquote'),
  version: z.literal(1),
  attribution: text.default(''),
  children: z.array(z.custom<RichTextNode>()),
});

/** An inline footnote: its marker sits where the node is; its words are `note`. */
export const FootnoteNodeSchema = z.looseObject({
  type: z.literal('footnote'),
  version: z.literal(1),
  note: text.min(1, { message: 'a footnote needs its text' }),
  sourceId: id.nullable().default(null),
});

export const ComparisonTableNodeSchema = z.looseObject({
  type: z.literal('comparisontable'),
  version: z.literal(1),
  comparisonId: id,
  /** Which units, in which order; empty means all of the comparison's units. */
  unitIds: ids,
  /** Which questions, in which order; empty means all. */
  questionIds: z.array(z.string().min(1)).default([]),
  /** Units as rows and questions as columns instead of the other way round. */
  transposed: z.boolean().default(false),
  caption: text.default(''),
});

export const DataTableNodeSchema = z.looseObject({
  type: z.literal('datatable'),
  version: z.literal(1),
  tableId: id,
  caption: text.default(''),
});

export const CommitmentsTableNodeSchema = z.looseObject({
  type: z.literal('commitmentstable'),
  version: z.literal(1),
  commitmentIds: z.array(id).min(1, { message: 'a commitments table needs at least one commitment' }),
});

/** The facts of a workshop (dates, place, organisers, participants) from the library. */
export const EventDetailsNodeSchema = z.looseObject({
  type: z.literal('eventdetails'),
  version: z.literal(1),
  workshopId: id,
});

/** Library sources set out as references. */
export const ReadingListNodeSchema = z.looseObject({
  type: z.literal('readinglist'),
  version: z.literal(1),
  sourceIds: z.array(id).min(1, { message: 'a reading list needs at least one source' }),
});

/** Every custom node type with its schema; Lexical's own nodes are checked by the editor. */
export const BRIEFING_NODES = {
  section: SectionNodeSchema,
  lesson: LessonNodeSchema,
  pullquote: PullQuoteNodeSchema,
  footnote: FootnoteNodeSchema,
  comparisontable: ComparisonTableNodeSchema,
  datatable: DataTableNodeSchema,
  commitmentstable: CommitmentsTableNodeSchema,
  eventdetails: EventDetailsNodeSchema,
  readinglist: ReadingListNodeSchema,
} as const;

export type BriefingNodeType = keyof typeof BRIEFING_NODES;
export type SectionNode = z.output<typeof SectionNodeSchema>;
export type PinnedLesson = z.output<typeof PinnedLessonSchema>;
export type LessonNode = z.output<typeof LessonNodeSchema>;
export type PullQuoteNode = z.output<typeof PullQuoteNodeSchema>;
export type FootnoteNode = z.output<typeof FootnoteNodeSchema>;
export type ComparisonTableNode = z.output<typeof ComparisonTableNodeSchema>;
export type DataTableNode = z.output<typeof DataTableNodeSchema>;
export type CommitmentsTableNode = z.output<typeof CommitmentsTableNodeSchema>;
export type EventDetailsNode = z.output<typeof EventDetailsNodeSchema>;
export type ReadingListNode = z.output<typeof ReadingListNodeSchema>;

export function isBriefingNodeType(type: string): type is BriefingNodeType {
  return Object.hasOwn(BRIEFING_NODES, type);
}

/** One thing the brief checker found: where, how serious, and what to do. */
export const BriefFindingSchema = z.object({
  /** The template section it concerns, or null for the whole document. */
  sectionId: z.string().nullable(),
  /** The section's heading as the writer sees it. */
  section: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type BriefFinding = z.output<typeof BriefFindingSchema>;

/** The formats a document exports to; PDF is printed from the HTML by the desktop app. */
export const EXPORT_FORMATS = ['docx', 'md', 'html', 'pdf'] as const;
/** The largest reference document taken: it lends its styles, which never need megabytes. */
export const MAX_REFERENCE_DOC_BYTES = 20 * 1024 * 1024;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats the core writes itself, anywhere it runs. */
export type FileFormat = Exclude<ExportFormat, 'pdf'>;

export interface NodeProblem {
  /** Where the node is: indexes of children from the root. */
  path: (string | number)[];
  message: string;
}

/**
 * Checks every custom node in a document's state against its schema. Lexical's
 * own nodes pass as they are: they are the editor's to check.
 */
export function briefingNodeProblems(root: RichTextNode): NodeProblem[] {
  const problems: NodeProblem[] = [];
  const walk = (node: RichTextNode, path: (string | number)[]): void => {
    if (isBriefingNodeType(node.type)) {
      const parsed = BRIEFING_NODES[node.type].safeParse(node);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
          problems.push({ path, message: `${node.type} node${field}: ${issue.message}` });
        }
      }
    }
    node.children?.forEach((child, index) => walk(child, [...path, 'children', index]));
  };
  walk(root, []);
  return problems;
}

/** Every node, with each custom node as its schema reads it: defaults filled in, text trimmed. */
function withParsedNodes(node: RichTextNode): RichTextNode {
  const parsed = isBriefingNodeType(node.type) ? (BRIEFING_NODES[node.type].parse(node) as RichTextNode) : node;
  return parsed.children ? { ...parsed, children: parsed.children.map(withParsedNodes) } : parsed;
}

/**
 * A document's state: Lexical's shape, with every custom node checked against
 * its schema and stored as the schema reads it, so what is saved is what
 * exporters and the editor can rely on (a comparison table's unit list, say).
 */
export const BriefingStateSchema = RichTextSchema.superRefine((state, ctx) => {
  for (const problem of briefingNodeProblems(state.root)) {
    ctx.addIssue({ code: 'custom', path: ['root', ...problem.path], message: problem.message });
  }
}).transform((state): RichText => ({ root: withParsedNodes(state.root) as RichText['root'] }));

/** A library item a document refers to, and the kind it must be. */
export interface Reference {
  id: string;
  kind: Kind;
}

/** Where each custom node keeps its library ids, and what kind they name. */
const REFERENCE_FIELDS: Partial<Record<BriefingNodeType, { field: string; kind: Kind }>> = {
  lesson: { field: 'lessonId', kind: 'lesson' },
  footnote: { field: 'sourceId', kind: 'source' },
  comparisontable: { field: 'comparisonId', kind: 'comparison' },
  datatable: { field: 'tableId', kind: 'table' },
  eventdetails: { field: 'workshopId', kind: 'workshop' },
  commitmentstable: { field: 'commitmentIds', kind: 'commitment' },
  readinglist: { field: 'sourceIds', kind: 'source' },
};

/** Every library item a document refers to, each once, in document order. */
export function references(root: RichTextNode): Reference[] {
  const found = new Map<string, Reference>();
  const walk = (node: RichTextNode): void => {
    if (node.type === 'lesson' && node.pinned) {
      // A pinned copy stands on its own: the library lesson may change or go; what its words cite still counts.
      for (const child of (node.pinned as PinnedLesson).body.root.children) walk(child);
      return;
    }
    const where = isBriefingNodeType(node.type) ? REFERENCE_FIELDS[node.type] : undefined;
    if (where) {
      const value = node[where.field];
      for (const id of Array.isArray(value) ? value : [value]) {
        if (typeof id === 'string' && id && !found.has(id)) found.set(id, { id, kind: where.kind });
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return [...found.values()];
}
