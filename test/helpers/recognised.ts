// Reading what an importer recognised, for the tests of each reader: text, lists, footnotes.
import type { Block, Inline, Recognised } from '../../electron/core/import/model';

/** The words of some inlines, links' text included. */
export const text = (inlines: Inline[]) => inlines.map((inline) => (inline.kind === 'text' || inline.kind === 'link' ? inline.text : '')).join('');

export const ofKind = <K extends Block['kind']>(recognised: Recognised, kind: K) =>
  recognised.blocks.filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);

/** A list as nested arrays of item texts, as a reader sees it. */
export type Outline = (string | Outline)[];
export function outline(list: Extract<Block, { kind: 'list' }>): Outline {
  return list.items.map((item) => item.map((block) => (block.kind === 'list' ? outline(block) : block.kind === 'paragraph' ? text(block.content) : '')));
}

/** Each footnote reference's note text, in the order the text refers to them. */
export function notesInOrder(recognised: Recognised): string[] {
  const ids: string[] = [];
  const visit = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.kind === 'paragraph' || block.kind === 'heading') ids.push(...block.content.flatMap((inline) => (inline.kind === 'footnote' ? [inline.id] : [])));
      if (block.kind === 'list') block.items.forEach(visit);
    }
  };
  visit(recognised.blocks);
  return ids.map((id) => text(recognised.footnotes[id] ?? []));
}
