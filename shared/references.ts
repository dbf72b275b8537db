import type { KindData } from './domain';

type Source = KindData<'source'>;

export interface ReferenceParts {
  /** "Khan, A. and Ali, B. (2021). " */
  lead: string;
  /** Printed in italics. */
  title: string;
  /** ". Publisher, Place." */
  after: string;
  /** The web address as text, or "". */
  url: string;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * An author-date reference, as the exports print it and the editor shows it:
 * authors (year) *title*. publisher, place. address.
 * Sources keep authors as written, so names are printed as given.
 */
export function referenceParts(source: Source): ReferenceParts {
  const authors = source.authors.length > 0 ? joinNames(source.authors) : source.publisher;
  const year = source.date ? source.date.slice(0, 4) : 'n.d.';
  const where = [source.authors.length > 0 ? source.publisher : '', source.place].filter(Boolean).join(', ');
  return {
    lead: authors ? `${authors} (${year}). ` : `(${year}). `,
    title: source.title,
    after: where ? `. ${where}.` : '.',
    url: source.url,
  };
}
