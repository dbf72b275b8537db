import { itemTitle, type ItemContent, type Kind } from '../../../shared/domain';
import { richTextToPlain } from '../../../shared/richtext';

/** How an item refers to another: its sources, its workshop, the units it compares. */
export type LinkRole = 'source' | 'workshop' | 'unit' | 'promoted-from';

/** The kind of item each role must point at. */
export const LINK_TARGET: Record<LinkRole, Kind> = {
  source: 'source',
  workshop: 'workshop',
  unit: 'unit',
  'promoted-from': 'note',
};

export interface Link {
  role: LinkRole;
  id: string;
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
      return [richTextToPlain(item.data.state)];
  }
}

function links(item: ItemContent): Link[] {
  const found: Link[] = item.data.sourceIds.map((id) => ({ role: 'source', id }));
  if (item.kind === 'note') found.push({ role: 'workshop', id: item.data.workshopId });
  if (item.kind === 'lesson' && item.data.fromNoteId) found.push({ role: 'promoted-from', id: item.data.fromNoteId });
  if (item.kind === 'comparison') {
    for (const id of item.data.unitIds) found.push({ role: 'unit', id });
    for (const question of item.data.questions) {
      for (const cell of Object.values(question.cells)) {
        if (cell.sourceId) found.push({ role: 'source', id: cell.sourceId });
      }
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
