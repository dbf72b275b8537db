import type { BriefFinding, ExportFormat } from '../../../shared/briefing';
import type { ParsedInput } from '../../../shared/contract';
import type { ItemOf } from '../../../shared/domain';
import { exportFileName, exportResolved, FORMAT_FILES, type ExportOptions } from '../export';
import type { Exporter } from '../export/worker-exporter';
import type { Library } from '../library/library';
import { checkBrief } from './check';
import type { ResolvedDocument } from './model';
import { newDocumentState } from './new-document';
import { resolveDocument } from './resolve';
import { getTemplate } from './templates';

/** What the app and the CLI do with documents: start, check, export. */

export function newDocument(library: Library, input: ParsedInput<'documents.new'>): ItemOf<'document'> {
  const template = getTemplate(input.templateId);
  const data = {
    title: input.title,
    templateId: template.id,
    state: newDocumentState(template, input),
    author: input.author,
    subject: '',
    tags: [],
    sourceIds: [],
  };
  return library.create('document', data) as ItemOf<'document'>;
}

export function resolveStoredDocument(library: Library, documentId: string): ResolvedDocument {
  const document = library.get(documentId, 'document') as ItemOf<'document'>;
  return resolveDocument(document.data, getTemplate(document.data.templateId), library.items);
}

export function checkDocument(library: Library, documentId: string): BriefFinding[] {
  return checkBrief(resolveStoredDocument(library, documentId));
}

export async function exportDocument(
  library: Library,
  documentId: string,
  format: ExportFormat,
  options: ExportOptions = {},
  exporter: Exporter = exportResolved,
): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }> {
  // Looking items up is quick and needs the library; writing the file is the slow part, and the exporter may run it elsewhere.
  const resolved = resolveStoredDocument(library, documentId);
  const bytes = await exporter(resolved, format, options);
  return { fileName: exportFileName(resolved.title, format), mediaType: FORMAT_FILES[format].mediaType, bytes };
}
