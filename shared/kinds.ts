import type { ItemContent } from './domain';

/**
 * The kinds of item and the names people use for them, without their schemas,
 * so the renderer can name kinds and items without bundling the validation library.
 */
export const KIND_INFO = {
  source: { plural: 'sources', label: 'source' },
  lesson: { plural: 'lessons', label: 'lesson' },
  unit: { plural: 'units', label: 'delivery unit' },
  comparison: { plural: 'comparisons', label: 'comparison' },
  workshop: { plural: 'workshops', label: 'workshop' },
  note: { plural: 'notes', label: 'workshop note' },
  commitment: { plural: 'commitments', label: 'commitment' },
  table: { plural: 'tables', label: 'data table' },
  document: { plural: 'documents', label: 'document' },
} as const;

export type Kind = keyof typeof KIND_INFO;
export const KIND_NAMES = Object.keys(KIND_INFO) as Kind[];

/** Finds a kind from what a person typed: "lesson", "lessons", "delivery unit". */
export function parseKind(word: string): Kind | undefined {
  const wanted = word.trim().toLowerCase();
  return KIND_NAMES.find(
    (kind) => kind === wanted || KIND_INFO[kind].plural === wanted || KIND_INFO[kind].label === wanted,
  );
}

function clip(value: string, length: number): string {
  return value.length <= length ? value : `${value.slice(0, length - 1).trimEnd()}…`;
}

/** The line that names an item in lists, search results and links. */
export function itemTitle(item: ItemContent): string {
  switch (item.kind) {
    case 'unit':
      return item.data.shortName ? `${item.data.name} (${item.data.shortName})` : item.data.name;
    case 'note': {
      const who = item.data.speaker ? `${item.data.speaker}: ` : '';
      return clip(`${who}${item.data.text}`, 90);
    }
    case 'commitment':
      return clip(`${item.data.number ? `${item.data.number}. ` : ''}${item.data.text}`, 90);
    default:
      return item.data.title;
  }
}
