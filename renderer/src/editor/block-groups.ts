import { $findMatchingParent } from '@lexical/utils';
import { $createParagraphNode, $isElementNode, $isParagraphNode, type LexicalNode, type PointType, type RangeSelection } from 'lexical';
import type { BriefingState } from './BriefEditor';
import { $createBlockGroupNode, $isBlockGroupNode, type BlockGroupNode } from './nodes/BlockGroupNode';
import { $isSectionNode, type SectionNode } from './nodes/SectionNode';

/**
 * Sections' blocks in groups inside the editor (BlockGroupNode), never in the
 * stored document: the editor groups a state as it loads it and ungroups the
 * one it gives back for saving.
 */

/** Blocks per group when a state is loaded or a grown group is split. */
export const GROUP_SIZE = 20;
/** No group holds more: one that grows past it (typing Enter, a long paste) is split. */
export const MAX_GROUP_SIZE = 2 * GROUP_SIZE;

/**
 * Where groups of `count` blocks start: after GROUP_SIZE blocks, at the next
 * paragraph, or at MAX_GROUP_SIZE whatever the block. A group keeps its blocks'
 * margins inside it (content-visibility contains its layout), so a group that
 * began with a heading would show a wider gap above it; a paragraph has no top
 * margin, and the spacing is as it would be without groups.
 */
export function groupStarts(count: number, isParagraph: (index: number) => boolean): number[] {
  const starts = [0];
  for (let index = 1; index < count; index++) {
    const size = index - starts[starts.length - 1]!;
    if ((size >= GROUP_SIZE && isParagraph(index)) || size >= MAX_GROUP_SIZE) starts.push(index);
  }
  return starts;
}

function split<T>(items: T[], starts: number[]): T[][] {
  return starts.map((start, index) => items.slice(start, starts[index + 1] ?? items.length));
}

const GROUP_TYPE = 'block-group';

type Serialized = { type: string; children?: Serialized[] } & Record<string, unknown>;

/** A serialized section's blocks, whether they are in groups or not. */
function blocksOf(section: Serialized): Serialized[] {
  return (section.children ?? []).flatMap((child) => (child.type === GROUP_TYPE ? (child.children ?? []) : [child]));
}

function groupOf(children: Serialized[]): Serialized {
  return { type: GROUP_TYPE, version: 1, children, direction: null, format: '', indent: 0 };
}

/** The state with each section's blocks in groups of GROUP_SIZE, as the editor holds them. */
export function withBlockGroups(state: BriefingState): BriefingState {
  const root = state.root as unknown as Serialized;
  const sections = (root.children ?? []).map((section) => {
    if (section.type !== 'section' || !section.children) return section;
    const blocks = blocksOf(section);
    const starts = groupStarts(blocks.length, (index) => blocks[index]!.type === 'paragraph');
    return { ...section, children: blocks.length === 0 ? [] : split(blocks, starts).map(groupOf) };
  });
  return { ...state, root: { ...root, children: sections } } as unknown as BriefingState;
}

/** The state as stored: each section's blocks straight in the section. */
export function withoutBlockGroups(state: BriefingState): BriefingState {
  const root = state.root as unknown as Serialized;
  const sections = (root.children ?? []).map((section) => (section.children ? { ...section, children: blocksOf(section) } : section));
  return { ...state, root: { ...root, children: sections } } as unknown as BriefingState;
}

/** A section's children as groups only: a block standing straight in the section joins the group before it (or a new one), and an empty section gets an empty paragraph to type in. */
export function $keepBlocksInGroups(section: SectionNode): void {
  let group: BlockGroupNode | null = null;
  for (let child = section.getFirstChild(); child !== null; ) {
    const next: LexicalNode | null = child.getNextSibling();
    if ($isBlockGroupNode(child)) {
      group = child;
    } else {
      if (group === null) {
        group = $createBlockGroupNode();
        child.insertBefore(group);
      }
      group.append(child);
    }
    child = next;
  }
  if (section.getChildrenSize() === 0) section.append($createBlockGroupNode().append($createParagraphNode()));
}

/** A group stays in a section, holds something, and splits when it has grown past MAX_GROUP_SIZE. */
export function $keepGroupInBounds(group: BlockGroupNode): void {
  if (!$isSectionNode(group.getParent())) {
    for (const child of group.getChildren()) group.insertBefore(child);
    group.remove();
    return;
  }
  const children = group.getChildren();
  if (children.length === 0) {
    group.remove();
    return;
  }
  if (children.length <= MAX_GROUP_SIZE) return;
  let last: BlockGroupNode = group;
  for (const blocks of split(children, groupStarts(children.length, (index) => $isParagraphNode(children[index]))).slice(1)) {
    const next = $createBlockGroupNode().append(...blocks);
    last.insertAfter(next);
    last = next;
  }
}

function $groupOf(node: LexicalNode): BlockGroupNode | null {
  return $findMatchingParent(node, $isBlockGroupNode) as BlockGroupNode | null;
}

/**
 * Before a selection that spans groups of one section is deleted or typed
 * over, those groups become one, so Lexical joins the first and last blocks
 * as it does any two blocks side by side (it stops at a group's edge otherwise).
 */
export function $joinGroupsAcross(selection: RangeSelection): void {
  if (selection.isCollapsed()) return;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const first = $groupOf(start.getNode());
  const last = $groupOf(end.getNode());
  if (first === null || last === null || first === last || first.getParent() !== last.getParent()) return;
  for (let group = first.getNextSibling(); $isBlockGroupNode(group); ) {
    const next = group.getNextSibling();
    first.append(...group.getChildren());
    if (group === last) break;
    group = next;
  }
}

/**
 * Backspace at the start of a group's first block, or Delete at the end of its
 * last, reaches the block beside it in the neighbouring group: that block is
 * moved into this group first, so the two join as blocks side by side do.
 */
export function $joinAtGroupEdge(selection: RangeSelection, isBackward: boolean): void {
  if (!selection.isCollapsed()) {
    $joinGroupsAcross(selection);
    return;
  }
  const group = $groupOf(selection.anchor.getNode());
  if (group === null) return;
  const block = isBackward ? group.getFirstChild() : group.getLastChild();
  if (block === null || !(isBackward ? $isAtStartOf(block, selection.anchor) : $isAtEndOf(block, selection.anchor))) return;
  const neighbour = isBackward ? group.getPreviousSibling() : group.getNextSibling();
  if (!$isBlockGroupNode(neighbour)) return;
  if (isBackward) {
    const previous = neighbour.getLastChild();
    if (previous !== null) block.insertBefore(previous);
  } else {
    const following = neighbour.getFirstChild();
    if (following !== null) block.insertAfter(following);
  }
}

function $isAtStartOf(block: LexicalNode, point: PointType): boolean {
  if (point.offset !== 0) return false;
  for (let node: LexicalNode | null = point.getNode(); node !== block; node = node.getParent()) {
    if (node === null || node.getPreviousSibling() !== null) return false;
  }
  return true;
}

function $isAtEndOf(block: LexicalNode, point: PointType): boolean {
  const node = point.getNode();
  const size = $isElementNode(node) ? node.getChildrenSize() : node.getTextContentSize();
  if (point.offset !== size) return false;
  for (let at: LexicalNode | null = node; at !== block; at = at.getParent()) {
    if (at === null || at.getNextSibling() !== null) return false;
  }
  return true;
}
