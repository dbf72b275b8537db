import { z } from 'zod';
import { Id, ItemSchema, ItemSummarySchema, KINDS, KindSchema, type Kind } from './domain';
import { BriefFindingSchema, EXPORT_FORMATS, MAX_REFERENCE_DOC_BYTES } from './briefing';
import { TemplateSchema, TemplateSummarySchema } from './template';
import { BundleSelectionSchema, ImportReportSchema, ItemVersionSchema, MAX_BUNDLE_BASE64, MAX_BUNDLE_BYTES } from './bundle';
import { BackupEntrySchema, BackupName } from './backups';
import { FileImportReportSchema, ImportRequestSchema } from './import';
import type { MethodName } from './methods';

/**
 * The API, declared once: every method's input and output schema. The core
 * implements it; IPC, HTTP and the CLI loop over it; the renderer's client is typed by it.
 */

const Filters = {
  tag: z.string().min(1).optional(),
  theme: z.string().min(1).optional(),
  jurisdiction: z.string().min(1).optional(),
  sourceId: Id.optional(),
};

const createInput = <K extends Kind>(kind: K) =>
  z.object({
    kind: z.literal(kind),
    /** Only for items that already have an id elsewhere (imports, bundles). */
    id: Id.optional(),
    data: KINDS[kind].data as (typeof KINDS)[K]['data'],
  });

export const SnippetSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export type Snippet = z.infer<typeof SnippetSchema>;

export const SearchResultSchema = ItemSummarySchema.extend({
  score: z.number(),
  snippet: SnippetSchema,
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const VersionSchema = z.object({
  id: Id,
  documentId: Id,
  createdAt: z.iso.datetime(),
  label: z.string(),
  auto: z.boolean(),
  title: z.string(),
});
export type Version = z.infer<typeof VersionSchema>;

/** A reference document travels as base64 within the HTTP bridge's 32 MB body limit. */
const MAX_REFERENCE_BASE64 = Math.ceil((MAX_REFERENCE_DOC_BYTES * 4) / 3);

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) => ({
  input,
  output,
  summary,
});

export const contract = {
  'items.list': method(
    z.object({
      kind: KindSchema,
      ...Filters,
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ items: z.array(ItemSummarySchema), total: z.number().int() }),
    'List the items of one kind, newest first, with optional filters.',
  ),
  'items.get': method(
    z.object({ id: Id, kind: KindSchema.optional() }),
    ItemSchema,
    'One item in full.',
  ),
  'items.create': method(
    z.discriminatedUnion('kind', [
      createInput('source'),
      createInput('lesson'),
      createInput('unit'),
      createInput('comparison'),
      createInput('workshop'),
      createInput('note'),
      createInput('commitment'),
      createInput('table'),
      createInput('document'),
    ]),
    ItemSchema,
    'Create an item; its links (sources, workshop, units) must exist.',
  ),
  'items.update': method(
    z.object({
      kind: KindSchema,
      id: Id,
      /** The fields to change; the result must be a valid item of its kind. */
      data: z.record(z.string(), z.unknown()),
      /** The `updatedAt` the caller last saw; a newer item is a conflict, not an overwrite. */
      baseUpdatedAt: z.iso.datetime().optional(),
    }),
    ItemSchema,
    'Change some fields of an item.',
  ),
  'items.delete': method(
    z.object({ kind: KindSchema, id: Id }),
    z.object({ id: Id, deleted: z.literal(true) }),
    'Delete an item that nothing else links to.',
  ),
  'items.usedBy': method(
    z.object({ id: Id }),
    z.array(ItemSummarySchema.extend({ role: z.string() })),
    'The items that link to this one, and how.',
  ),
  search: method(
    z.object({
      query: z.string().trim().min(1, { message: 'type something to search for' }).max(500),
      kind: KindSchema.optional(),
      ...Filters,
      limit: z.number().int().min(1).max(200).default(20),
    }),
    z.object({ results: z.array(SearchResultSchema) }),
    'Ranked full-text search across the library, with highlighted snippets.',
  ),
  'documents.versions': method(
    z.object({ documentId: Id }),
    z.array(VersionSchema),
    'The saved versions of a document, newest first.',
  ),
  'documents.snapshot': method(
    z.object({ documentId: Id, label: z.string().trim().max(200).default('') }),
    VersionSchema,
    'Save the document as it is now as a named version.',
  ),
  'documents.version': method(
    z.object({ versionId: Id }),
    VersionSchema.extend({ state: KINDS.document.data.shape.state }),
    'One saved version with its content.',
  ),
  'documents.restore': method(
    z.object({ documentId: Id, versionId: Id }),
    ItemSchema,
    'Bring back a saved version; the current text is kept as a version first.',
  ),
  'documents.new': method(
    z.object({
      templateId: z.string().min(1, { message: 'name a template, e.g. from-policy-to-action' }),
      title: z.string().trim().min(1, { message: 'a title is required' }).max(300),
      subtitle: z.string().trim().max(300).default(''),
      author: z.string().trim().max(200).default(''),
    }),
    ItemSchema,
    'Start a document from a template: its sections in order, ready to fill.',
  ),
  'documents.check': method(
    z.object({ documentId: Id }),
    z.object({ findings: z.array(BriefFindingSchema) }),
    'The brief checker’s findings: missing sections, lesson counts, word budgets, broken links.',
  ),
  'documents.export': method(
    z.object({
      documentId: Id,
      format: z.enum(EXPORT_FORMATS, { message: `must be one of: ${EXPORT_FORMATS.join(', ')}` }),
      tableOfContents: z.boolean().optional(),
      /** An organisation's own Word file whose styles the DOCX takes (as pandoc's --reference-doc). */
      referenceDoc: z
        .object({ name: z.string().trim().min(1).max(255), base64: z.base64().max(MAX_REFERENCE_BASE64, { message: `the reference document is over ${MAX_REFERENCE_DOC_BYTES / 1024 / 1024} MB` }) })
        .optional(),
    }),
    z.object({ fileName: z.string(), mediaType: z.string(), base64: z.string() }),
    'Export a document as DOCX, Markdown or standalone HTML.',
  ),
  'templates.list': method(z.object({}), z.array(TemplateSummarySchema), 'The document templates.'),
  'templates.get': method(z.object({ id: z.string().min(1) }), TemplateSchema, 'One template with its sections.'),
  'library.info': method(
    z.object({}),
    z.object({
      path: z.string(),
      schemaVersion: z.number().int(),
      counts: z.record(KindSchema, z.number().int()),
    }),
    'Where the library is and what it holds.',
  ),
  'items.versions': method(
    z.object({ id: Id }),
    z.array(ItemVersionSchema),
    'Earlier copies of an item other than a document (kept when a bundle import met a changed copy), newest first.',
  ),
  'items.version': method(
    z.object({ versionId: Id }),
    ItemVersionSchema.extend({ data: z.unknown() }),
    'One earlier copy of an item, with its data.',
  ),
  'items.restoreVersion': method(
    z.object({ id: Id, versionId: Id }),
    ItemSchema,
    'Bring back an earlier copy of an item other than a document; the item as it is now is kept as an earlier copy first.',
  ),
  'bundles.export': method(
    BundleSelectionSchema,
    z.object({ fileName: z.string(), base64: z.string(), counts: z.record(z.string(), z.number().int()) }),
    'A bundle file of chosen items (by kinds, tag, source, or a document) with everything they link to.',
  ),
  'bundles.import': method(
    z.object({
      /** The file's name, for messages. */
      name: z.string().trim().min(1).max(255),
      base64: z.base64().max(MAX_BUNDLE_BASE64, { message: `the bundle is over ${MAX_BUNDLE_BYTES / 1024 / 1024} MB` }),
    }),
    ImportReportSchema,
    'Merge a bundle by id: new items added, identical ones skipped, changed ones settled by the newer copy (the other kept as a version).',
  ),
  'backups.list': method(z.object({}), z.array(BackupEntrySchema), 'The library’s backups, newest first.'),
  'backups.create': method(z.object({}), BackupEntrySchema, 'Back up the library now.'),
  'backups.restore': method(
    z.object({ name: BackupName }),
    z.object({ restored: z.string(), safetyBackup: BackupEntrySchema }),
    'Bring the library back to a backup; the library as it is now is backed up first.',
  ),
  'import.preview': method(
    ImportRequestSchema,
    FileImportReportSchema,
    'What importing a file (DOCX, Markdown or plain text) would create, as a document or as library items; nothing is written.',
  ),
  'import.run': method(
    ImportRequestSchema,
    FileImportReportSchema,
    'Import a file as a document from a template or as library items, all linked to a new source for the file, in one change.',
  ),
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType; summary: string }>;

export type Contract = typeof contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

/** The API as callers see it: one async function per method. */
export type Api = { [M in MethodName]: (input: Input<M>) => Promise<Output<M>> };

/** The API as the core implements it: inputs already validated. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };
