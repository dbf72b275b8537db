import type { KindData } from '../../../shared/domain';
import { safeUrl } from './links';
import type { Inline, TextRun } from './model';

/**
 * An author-date reference for a library source, e.g.
 * "Khan, A. (2021). *Title*. Publisher, Place. https://…".
 * Sources keep authors as written, so names are printed as given.
 */
export function formatReference(source: KindData<'source'>): Inline[] {
  const runs: Inline[] = [];
  const plain = (text: string): void => {
    if (text) runs.push({ type: 'text', text });
  };
  const authors = source.authors.length > 0 ? joinNames(source.authors) : source.publisher;
  const year = source.date ? source.date.slice(0, 4) : 'n.d.';
  plain(authors ? `${authors} (${year}). ` : `(${year}). `);
  runs.push({ type: 'text', text: source.title, italic: true });
  const where = [source.authors.length > 0 ? source.publisher : '', source.place].filter(Boolean).join(', ');
  plain(where ? `. ${where}.` : '.');
  const url = safeUrl(source.url);
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

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
