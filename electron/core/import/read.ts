import { admitFile, type ImportFormat } from './admit';
import { withinLimits } from './limits';
import { lessonsFromHeadings } from './structure';
import { readDocx } from './docx';
import { readMarkdown } from './markdown';
import type { ImportFile, Reader, Recognised } from './model';
import { readPlainText } from './text';

const READERS: Record<ImportFormat, Reader> = {
  docx: readDocx,
  markdown: readMarkdown,
  text: readPlainText,
};

/** Reads a file to import: readFile itself, or the same on the core's worker thread. */
export type FileReader = (file: ImportFile) => Promise<Recognised>;

/**
 * What a file holds, whatever its format: checked first (size, encoding, what it really
 * is), then read by the reader its format needs. Throws ApiError('invalid-input', …)
 * naming the file and the problem; nothing is written either way.
 */
export async function readFile(file: ImportFile): Promise<Recognised> {
  const admitted = admitFile(file);
  const read = await READERS[admitted.format](admitted.file);
  // The text reader finds lessons as it reads lines; Word and Markdown give headings and paragraphs.
  const recognised = admitted.format === 'text' ? read : { ...read, blocks: lessonsFromHeadings(read.blocks) };
  return withinLimits(recognised, admitted.file.name);
}
