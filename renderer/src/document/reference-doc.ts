import { MAX_REFERENCE_DOC_BYTES } from '../../../shared/briefing';

/** Why a chosen reference document cannot be used, or null when it can. */
export function referenceDocProblem(file: { name: string; size: number }): string | null {
  if (!/\.docx$/i.test(file.name)) return `“${file.name}” is not a Word file: choose a .docx whose styles the export should take.`;
  if (file.size > MAX_REFERENCE_DOC_BYTES) {
    const megabytes = (file.size / 1024 / 1024).toFixed(1);
    return `“${file.name}” is ${megabytes} MB; a reference document can be at most ${MAX_REFERENCE_DOC_BYTES / 1024 / 1024} MB. Its styles are all that is needed: save a copy without the pictures.`;
  }
  return null;
}
