import type { BriefFinding, ExportFormat } from '../../../shared/briefing';
import { ApiError } from '../../../shared/errors';
import type { ParsedInput } from '../../../shared/contract';
import type { ItemOf } from '../../../shared/domain';
import { exportFileName, exportResolved, FORMAT_FILES, type ExportOptions } from '../export';
import type { Exporter, PdfPrinter } from '../export';
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
  return library.create('document', data);
}

export function resolveStoredDocument(library: Library, documentId: string): ResolvedDocument {
  const document = library.get(documentId, 'document');
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
  { exporter = exportResolved, printPdf }: { exporter?: Exporter | undefined; printPdf?: PdfPrinter | undefined } = {},
): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }> {
  if (format === 'pdf' && !printPdf) {
    throw new ApiError(
      'unavailable',
      'PDF export needs the desktop app. Here, export HTML and print it to PDF from a browser, or export DOCX and save it as PDF from Word or LibreOffice.',
    );
  }
  // Looking items up is quick and needs the library; writing the file is the slow part, and the exporter may run it elsewhere.
  const resolved = resolveStoredDocument(library, documentId);
  let bytes: Uint8Array;
  if (format === 'pdf') {
    const html = await exporter(resolved, 'html', options);
    bytes = await printPdf!(Buffer.from(html).toString('utf8'));
  } else {
    bytes = await exporter(resolved, format, options);
  }
  return { fileName: exportFileName(resolved.title, format), mediaType: FORMAT_FILES[format].mediaType, bytes };
}
