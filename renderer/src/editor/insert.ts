import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isNodeSelection,
  type LexicalNode,
} from 'lexical';
import type { Kind } from '../../../shared/kinds';
import type { Template, TemplateSection } from '../../../shared/template';
import {
  $createCommitmentsTableNode,
  $createComparisonTableNode,
  $createDataTableNode,
  $createEventDetailsNode,
  $createLessonNode,
  $createPullQuoteNode,
  $createReadingListNode,
  $isCommitmentsTableNode,
  $isReadingListNode,
  $isBlockGroupNode,
  $isSectionNode,
  type SectionNode,
} from './nodes';
import { $appendBlock, $lastBlockOf } from './sections';

/** A workshop note's words, as the editor needs them to quote it. */
export interface NoteContent {
  noteType: 'note' | 'quote' | 'action' | 'question';
  text: string;
  speaker: string;
}

/** A library item ready to go into a document; a note brings its words, since it is copied, not linked. */
export type InsertableItem =
  | { kind: 'lesson' | 'comparison' | 'table' | 'commitment' | 'workshop' | 'source'; id: string }
  | { kind: 'note'; id: string; note: NoteContent };

const INSERTABLE_KINDS: readonly Kind[] = ['lesson', 'comparison', 'table', 'commitment', 'workshop', 'source', 'note'];

/** Whether items of this kind can go into a document (a document or a delivery unit cannot). */
export function isInsertableKind(kind: Kind): kind is InsertableItem['kind'] {
  return INSERTABLE_KINDS.includes(kind);
}

/** The template sections an item of each kind belongs in, when the caret gives no place. */
const HOME_SECTIONS: Record<InsertableItem['kind'], readonly TemplateSection['kind'][]> = {
  lesson: ['lessons'],
  comparison: ['comparison'],
  table: ['data'],
  commitment: ['commitments'],
  workshop: ['text', 'notes'],
  source: ['readings'],
  note: ['notes', 'lessons', 'text'],
};

/** Where a block goes: before or after a block of a section, or at the end of the section. */
export interface Place {
  section: SectionNode;
  /** A block directly in the section; null means the section's end. */
  block: LexicalNode | null;
  before: boolean;
}

/** The section a node is in and the block of that section holding it (through its group); null outside every section. */
export function $sectionBlockOf(node: LexicalNode): { section: SectionNode; block: LexicalNode | null } | null {
  if ($isSectionNode(node)) return { section: node, block: null };
  if ($isBlockGroupNode(node)) {
    const section = node.getParent();
    return $isSectionNode(section) ? { section, block: null } : null;
  }
  let block = node;
  for (let parent = node.getParent(); parent; block = parent, parent = parent.getParent()) {
    if ($isBlockGroupNode(parent)) {
      const section = parent.getParent();
      return $isSectionNode(section) ? { section, block } : null;
    }
    if ($isSectionNode(parent)) return { section: parent, block };
  }
  return null;
}

/** The block at an element point on a section or a group (a caret between blocks, or in an empty section). */
function $blockAtPoint(container: LexicalNode, offset: number): LexicalNode | null {
  if (!$isSectionNode(container) && !$isBlockGroupNode(container)) return null;
  const child = container.getChildAtIndex(offset);
  return $isBlockGroupNode(child) ? child.getFirstChild() : child;
}

/** After the block the caret is in; with no caret, at the end of the section such an item belongs in. */
export function $placeAtSelection(kind: InsertableItem['kind'], template: Template | null): Place | null {
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection)
    ? selection.focus.getNode()
    : $isNodeSelection(selection)
      ? (selection.getNodes().at(-1) ?? null)
      : null;
  const found = anchor ? $sectionBlockOf(anchor) : null;
  if (found) {
    // In an empty section the caret sits on the section itself: its start is the place.
    if (found.block === null && $isRangeSelection(selection)) {
      const child = $blockAtPoint(selection.focus.getNode(), selection.focus.offset);
      return { section: found.section, block: child, before: child !== null };
    }
    return { section: found.section, block: found.block, before: false };
  }
  const sections = $getRoot().getChildren().filter($isSectionNode);
  const kindOf = (section: SectionNode) => template?.sections.find((spec) => spec.id === section.getSectionId())?.kind;
  const home =
    HOME_SECTIONS[kind].map((wanted) => sections.find((section) => kindOf(section) === wanted)).find(Boolean) ??
    sections.find((section) => kindOf(section) !== 'title') ??
    sections.at(-1);
  return home ? { section: home, block: null, before: false } : null;
}

function isEmptyParagraph(node: LexicalNode | null): boolean {
  return $isParagraphNode(node) && node.getChildrenSize() === 0;
}

/**
 * Puts a block at a place, never at the root. An empty paragraph at the place
 * stays after the new block, so the writer can go on typing below it (and
 * blocks put there one after another keep their order); otherwise an empty
 * paragraph is added after a block that would end its section.
 */
export function $insertBlockAt(node: LexicalNode, place: Place): void {
  const { section, block, before } = place;
  if (block === null) {
    const last = $lastBlockOf(section);
    if (isEmptyParagraph(last)) last!.insertBefore(node);
    else $appendBlock(section, node);
  } else if (before || isEmptyParagraph(block)) {
    block.insertBefore(node);
  } else {
    block.insertAfter(node);
  }
  const next = node.getNextSibling();
  if (next && $isElementNode(next)) next.selectStart();
  else if (next) node.selectNext(0, 0);
  else {
    const paragraph = $createParagraphNode();
    node.insertAfter(paragraph);
    paragraph.select();
  }
}

/** The block a place names and its neighbours, for joining a commitment or source to a table already there. */
function neighbours(place: Place): LexicalNode[] {
  const { section, block, before } = place;
  if (block === null) {
    const last = $lastBlockOf(section);
    return [last, last?.getPreviousSibling() ?? null].filter((node): node is LexicalNode => node !== null);
  }
  const adjacent = before ? block.getPreviousSibling() : block.getNextSibling();
  const previousOfEmpty = isEmptyParagraph(block) ? block.getPreviousSibling() : null;
  return [block, previousOfEmpty, adjacent].filter((node): node is LexicalNode => node !== null);
}

/** The node a library item becomes in a document. */
function nodeFor(item: InsertableItem): LexicalNode {
  switch (item.kind) {
    case 'lesson':
      return $createLessonNode(item.id);
    case 'comparison':
      // Empty unit and question lists mean all of them, so a comparison grows with the library.
      return $createComparisonTableNode({ comparisonId: item.id, unitIds: [], questionIds: [], transposed: false, caption: '' });
    case 'table':
      return $createDataTableNode(item.id);
    case 'commitment':
      return $createCommitmentsTableNode([item.id]);
    case 'workshop':
      return $createEventDetailsNode(item.id);
    case 'source':
      return $createReadingListNode([item.id]);
    case 'note': {
      const { noteType, text, speaker } = item.note;
      const block = noteType === 'quote' ? $createPullQuoteNode(speaker) : $createParagraphNode();
      return block.append($createTextNode(text));
    }
  }
}

/**
 * Puts a library item into the document at a place (call inside one
 * editor.update, which is one undo step). A commitment or a source next to a
 * commitments table or reading list joins it instead of starting another.
 */
export function $insertLibraryItem(item: InsertableItem, place: Place): void {
  if (item.kind === 'commitment' || item.kind === 'source') {
    const joined = neighbours(place).find((node) =>
      item.kind === 'commitment' ? $isCommitmentsTableNode(node) : $isReadingListNode(node),
    );
    if ($isCommitmentsTableNode(joined)) {
      const ids = joined.getData().commitmentIds;
      if (!ids.includes(item.id)) joined.setData({ commitmentIds: [...ids, item.id] });
      return;
    }
    if ($isReadingListNode(joined)) {
      const ids = joined.getData().sourceIds;
      if (!ids.includes(item.id)) joined.setData({ sourceIds: [...ids, item.id] });
      return;
    }
  }
  $insertBlockAt(nodeFor(item), place);
}
