import { ApiError } from '../../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../../shared/import';
import type { ImportFile } from './model';

/**
 * Larger files are refused before any reading: a briefing, however long, is far smaller.
 * One limit wherever a file enters, set by the API, which carries files as base64.
 */
export { MAX_IMPORT_BYTES };

/**
 * Text and Markdown are read into objects many times their size, on the app's main
 * thread: 2 MB of text is some 1,000 pages, far beyond any brief or report, and reads
 * in a second or two within 300 MB whatever it holds; Markdown's syntax tree is
 * larger still, so it gets half. A Word file's larger size is mostly its images.
 */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
export const MAX_MARKDOWN_BYTES = 1024 * 1024;

export type ImportFormat = 'docx' | 'markdown' | 'text';

/** A file fit to read, and how to read it. */
export interface AdmittedFile {
  format: ImportFormat;
  file: ImportFile;
}

/** Why a file cannot be imported, naming it; `why` says the problem and what to do. */
export function importRefusal(name: string, why: string): ApiError {
  return new ApiError('invalid-input', `${name || 'This file'} cannot be imported: ${why}.`);
}

const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd|mkdn)$/i;
const TEXT_NAME = /\.(txt|text)$/i;
const HTML_NAME = /\.(html?|xhtml)$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip starts with its end record. */
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

/**
 * Checks a file before any reader sees it and says which reader it needs: refuses an
 * empty file, one over the size limit, a .docx that is not a zip, and text that is not valid
 * UTF-8 (or UTF-16 with its byte-order mark). The format comes from the bytes first
 * (a zip is a Word file whatever its name), then the name, then the text's look.
 */
export function admitFile(file: ImportFile): AdmittedFile {
  const { name, bytes } = file;
  if (bytes.byteLength === 0) throw importRefusal(name, 'it is empty. Choose the file again, or check that it was saved completely');
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw importRefusal(name, `it is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB. Split it into smaller files, or remove its images, and import those`);
  }
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return { format: 'docx', file };
  // Word saves a password-protected .docx inside the same container as an old .doc.
  if (startsWith(bytes, OLE_MAGIC) && /\.docx$/i.test(name)) {
    throw importRefusal(
      name,
      'it is password-protected (encrypted), or an old-style Word (.doc) file renamed .docx. Open it in Word: if it asks for a password, remove the password (File > Info > Protect Document) and save it; otherwise save it as .docx. Then import it again',
    );
  }
  if (/\.docx$/i.test(name)) {
    throw importRefusal(name, 'it is named .docx but is not a Word document (it is not a zip file). Open it in Word or LibreOffice and save it as .docx again');
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw importRefusal(name, 'it is an old-style Word (.doc) or Office file. Open it in Word or LibreOffice and save it as .docx');
  }
  if (startsWith(bytes, PDF_MAGIC)) {
    throw importRefusal(name, 'it is a PDF. Copy its text into a .txt file (or save it as text from your PDF reader) and import that');
  }
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    throw importRefusal(name, `it is more than ${MAX_TEXT_BYTES / (1024 * 1024)} MB of text (some 1,000 pages). Split it into smaller files and import those`);
  }
  const text = textOf(file);
  if (text.trim() === '') throw importRefusal(name, 'it holds no text, only spaces or blank lines. Choose the file again, or check that it was saved completely');
  if (HTML_NAME.test(name) || /^\s*<(!doctype\s+html|html[\s>])/i.test(text)) {
    throw importRefusal(name, 'it is a web page (HTML). Open it in a browser, copy the article’s text into a .txt file (or save the page as text) and import that');
  }
  const utf8 = { name, bytes: new TextEncoder().encode(text) };
  const format = MARKDOWN_NAME.test(name) ? 'markdown' : TEXT_NAME.test(name) ? 'text' : looksLikeMarkdown(text) ? 'markdown' : 'text';
  if (format === 'markdown' && utf8.bytes.byteLength > MAX_MARKDOWN_BYTES) {
    throw importRefusal(name, `it is more than ${MAX_MARKDOWN_BYTES / (1024 * 1024)} MB of Markdown (some 500 pages). Split it into smaller files and import those`);
  }
  return { format, file: utf8 };
}

/**
 * A text file's text: UTF-8 (its byte-order mark dropped), or UTF-16 when it starts with
 * that byte-order mark. Refuses bytes that are not valid in the encoding, and NULs, which
 * no text file holds.
 */
export function textOf(file: ImportFile): string {
  const { name, bytes } = file;
  const encoding = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    // The decoder drops the byte-order mark of its own encoding.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const at = encoding === 'utf-8' ? ` (the first bad byte is on line ${firstInvalidUtf8Line(bytes)})` : '';
    throw importRefusal(
      name,
      `it is not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text${at}. Open it in a text editor and save it with the encoding UTF-8`,
    );
  }
  if (text.includes('\0')) throw importRefusal(name, 'it is not a text file (it holds binary data). Import a Word (.docx), Markdown or plain-text file');
  return text;
}

/** Markdown's own marks, which plain text extracted from a PDF or the web seldom has. */
function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6} \S/m.test(text) || /^\[\^[^\]\s]+\]:/m.test(text) || /^\|? *:?-{3,}:? *\|/m.test(text);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** The line (from 1) where UTF-8 first fails: a newline byte is never part of a multi-byte character. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.byteLength) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.byteLength : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (newline === -1) break;
    line += 1;
    start = newline + 1;
  }
  return line;
}
