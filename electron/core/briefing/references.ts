import type { KindData } from '../../../shared/domain';
import { referenceParts } from '../../../shared/references';
import { safeUrl } from '../../../shared/links';
import type { Inline, TextRun } from './model';

/**
 * An author-date reference for a library source, e.g.
 * "Khan, A. (2021). *Title*. Publisher, Place. https://…" (words from shared/references.ts).
 */
export function formatReference(source: KindData<'source'>): Inline[] {
  const runs: Inline[] = [];
  const plain = (text: string): void => {
    if (text) runs.push({ type: 'text', text });
  };
  const parts = referenceParts(source);
  plain(parts.lead);
  runs.push({ type: 'text', text: parts.title, italic: true });
  plain(parts.after);
  const url = safeUrl(parts.url);
  if (url) {
    plain(' ');
    const link: TextRun = { type: 'text', text: url };
    runs.push({ type: 'link', url, children: [link] });
  }
  return runs;
}

/** The reference as one line of plain text (for footnotes that cite a source). */
export function referenceText(source: KindData<'source'>): string {
  return formatReference(source)
    .map((run) => (run.type === 'text' ? run.text : run.type === 'link' ? run.url : ''))
    .join('');
}
