import { z } from 'zod';
import { Id, KindSchema } from './domain';

/**
 * Importing a file (DOCX, Markdown or plain text) as a document or as library
 * items: what a caller sends and the report it gets back, for the contract.
 */

/** A file to import travels as base64 within the HTTP bridge's 32 MB body limit. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_IMPORT_BASE64 = Math.ceil((MAX_IMPORT_BYTES * 4) / 3);

export const IMPORT_AS = ['document', 'library'] as const;

/** The template an imported document follows when none is named. */
export const DEFAULT_IMPORT_TEMPLATE = 'from-policy-to-action';

export const ImportRequestSchema = z.object({
  /** The file's name: it names the source the import makes, and the file in messages. */
  name: z.string().trim().min(1).max(255),
  base64: z.base64().max(MAX_IMPORT_BASE64, { message: `the file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB` }),
  as: z.enum(IMPORT_AS, { message: `must be one of: ${IMPORT_AS.join(', ')}` }).default('document'),
  /** The template a document follows (`as: 'document'`); from-policy-to-action when left out. */
  templateId: z.string().trim().min(1).optional(),
  /** The workshop quotes become notes of (`as: 'library'`); a new one is made when left out. */
  workshopId: Id.optional(),
});

export const FileImportReportSchema = z.object({
  file: z.string(),
  dryRun: z.boolean(),
  /** What was (or, in a preview, would be) created, in the order it is written; ids are null in a preview. */
  created: z.array(z.object({ kind: KindSchema, id: Id.nullable(), title: z.string() })),
  /** The document made, when importing as a document (null in a preview). */
  documentId: Id.nullable(),
  warnings: z.array(z.string()),
});
export type FileImportReport = z.infer<typeof FileImportReportSchema>;
