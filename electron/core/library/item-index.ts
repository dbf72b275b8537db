import { itemTitle, type ItemContent, type Kind } from '../../../shared/domain';
import { references, type PinnedLesson } from '../../../shared/briefing';
import { richTextToPlain, type RichTextNode } from '../../../shared/richtext';

/**
 * How an item refers to another: its sources, its workshop, the units it
 * compares, the note it was promoted from, the items a document embeds.
 */
export type LinkRole = 'source' | 'workshop' | 'unit' | 'promoted-from' | 'embeds';

export interface Link {
  role: LinkRole;
  id: string;
  /** The kind of item the link must point at. */
  kind: Kind;
  /**
   * A document's links are soft: a document is saved even when it refers to an
   * item that is missing (the brief checker reports it), so no words are lost.
   * Every other link must point at an existing item of its kind.
   */
  soft: boolean;
}

export interface Facet {
  facet: 'tag' | 'theme' | 'jurisdiction';
  value: string;
}

/** What the store keeps beside an item's data so it can be searched, filtered and linked. */
export interface IndexEntry {
  title: string;
  body: string;
  links: Link[];
  facets: Facet[];
}

function searchableText(item: ItemContent): string[] {
  switch (item.kind) {
    case 'source': {
      const { authors, publisher, place, date, type, summary } = item.data;
      return [authors.join(', '), publisher, place, date ?? '', type, summary];
    }
    case 'lesson': {
      const { quote, body, themes, jurisdictions } = item.data;
      return [quote?.text ?? '', quote?.attribution ?? '', richTextToPlain(body), themes.join(', '), jurisdictions.join(', ')];
    }
    case 'unit': {
      const { shortName, government, level, sitsIn, summary } = item.data;
      return [shortName, government, level, sitsIn, summary];
    }
    case 'comparison':
      return item.data.questions.flatMap((question) => [
        question.theme,
        question.text,
        ...Object.values(question.cells).flatMap((cell) => cell.points),
      ]);
    case 'workshop': {
      const { place, organisers, participants, summary } = item.data;
      return [place, organisers.join(', '), participants.join(', '), summary];
    }
    case 'note': {
      const { session, speaker, speakerRole, text } = item.data;
      return [session, speaker, speakerRole, text];
    }
    case 'commitment': {
      const { text, owner, frequency, details } = item.data;
      return [text, owner, frequency, ...details];
    }
    case 'table': {
      const { columns, rows, notes } = item.data;
      return [columns.map((column) => `${column.label} ${column.unit}`).join(' '), ...rows.map((row) => row.join(' ')), notes];
    }
    case 'document':
      return [richTextToPlain(item.data.state), ...wordsOutsideText(item.data.state.root)];
  }
}

function link(role: LinkRole, id: string, kind: Kind): Link {
  return { role, id, kind, soft: false };
}

/** A document's words that its text nodes do not hold: footnotes, and lessons it keeps a copy of. */
function wordsOutsideText(root: RichTextNode): string[] {
  const words: string[] = [];
  const walk = (node: RichTextNode): void => {
    if (node.type === 'footnote' && typeof node.note === 'string') words.push(node.note);
    if (node.type === 'lesson' && node.pinned) {
      const { title, quote, body } = node.pinned as PinnedLesson;
      words.push(title, quote?.text ?? '', richTextToPlain(body));
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return words;
}

function links(item: ItemContent): Link[] {
  const found: Link[] = item.data.sourceIds.map((id) => link('source', id, 'source'));
  if (item.kind === 'note') found.push(link('workshop', item.data.workshopId, 'workshop'));
  if (item.kind === 'lesson' && item.data.fromNoteId) found.push(link('promoted-from', item.data.fromNoteId, 'note'));
  if (item.kind === 'comparison') {
    for (const id of item.data.unitIds) found.push(link('unit', id, 'unit'));
    for (const question of item.data.questions) {
      for (const cell of Object.values(question.cells)) {
        if (cell.sourceId) found.push(link('source', cell.sourceId, 'source'));
      }
    }
  }
  if (item.kind === 'document') {
    for (const reference of references(item.data.state.root)) {
      found.push({ role: 'embeds', id: reference.id, kind: reference.kind, soft: true });
    }
  }
  const unique = new Map(found.map((link) => [`${link.role}:${link.id}`, link]));
  return [...unique.values()];
}

function facets(item: ItemContent): Facet[] {
  const found: Facet[] = item.data.tags.map((value) => ({ facet: 'tag', value }));
  if (item.kind === 'lesson') {
    found.push(...item.data.themes.map((value): Facet => ({ facet: 'theme', value })));
    found.push(...item.data.jurisdictions.map((value): Facet => ({ facet: 'jurisdiction', value })));
  }
  if (item.kind === 'unit') found.push({ facet: 'jurisdiction', value: item.data.government });
  const unique = new Map(found.map((entry) => [`${entry.facet}:${entry.value.toLowerCase()}`, entry]));
  return [...unique.values()];
}

export function indexEntry(item: ItemContent): IndexEntry {
  const body = searchableText(item)
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n');
  return { title: itemTitle(item), body, links: links(item), facets: facets(item) };
}

/**
 * The links to store for an entry: a hard link to a missing item or one of the
 * wrong kind is refused with the reason; a soft one is left out (kept in the data).
 */
export function storableLinks(
  entry: IndexEntry,
  selfId: string,
  kindOf: (id: string) => Kind | undefined,
): { links: Link[]; refused?: { link: Link; found: Kind | undefined } } {
  const stored: Link[] = [];
  for (const candidate of entry.links) {
    const found = candidate.id === selfId ? undefined : kindOf(candidate.id);
    if (found === candidate.kind) stored.push(candidate);
    else if (!candidate.soft) return { links: stored, refused: { link: candidate, found } };
  }
  return { links: stored };
}
