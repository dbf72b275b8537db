import type { ExportFormat, FileFormat } from '../../../shared/briefing';
import type { ResolvedDocument } from '../briefing/model';
import { exportDocx } from './docx';
import { exportHtml } from './html';
import { exportMarkdown } from './markdown';

export interface ExportOptions {
  /** An organisation's own Word file whose styles a DOCX export takes. */
  referenceDoc?: { name: string; bytes: Uint8Array };
  /** Overrides the template's choice of a table of contents. */
  tableOfContents?: boolean;
}

/** Runs an export and gives back the file's bytes (in process, or on the core's worker thread). */
export type Exporter = (document: ResolvedDocument, format: FileFormat, options: ExportOptions) => Promise<Uint8Array>;

/** Prints a standalone HTML page to PDF (the desktop app's Chromium does). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** What each format is called in file names and over the wire. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  docx: { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  md: { extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mediaType: 'text/html; charset=utf-8' },
  pdf: { extension: 'pdf', mediaType: 'application/pdf' },
};

/** Writes a resolved document in one format; pure apart from the bytes it returns. */
export async function exportResolved(
  document: ResolvedDocument,
  format: FileFormat,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return exportDocx(document, {
        ...(options.referenceDoc ? { referenceDoc: options.referenceDoc.bytes, referenceDocName: options.referenceDoc.name } : {}),
        ...(options.tableOfContents === undefined ? {} : { tableOfContents: options.tableOfContents }),
      });
    case 'md':
      return Buffer.from(exportMarkdown(document), 'utf8');
    case 'html':
      return Buffer.from(exportHtml(document), 'utf8');
  }
}

/** A file name from a document's title: "From Policy to Action.docx". */
export function exportFileName(title: string, format: ExportFormat): string {
  const base = [...title.normalize('NFC')]
    .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  return `${base || 'Document'}.${FORMAT_FILES[format].extension}`;
}
