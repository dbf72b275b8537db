import { $createParagraphNode, $isDecoratorNode, $isElementNode, $isParagraphNode, type LexicalNode, type RootNode } from 'lexical';
import type { Template } from '../../../shared/template';
import { $createSectionNode, $isBlockGroupNode, $isSectionNode, type SectionNode } from './nodes';

/** The root holds sections only: stray blocks join the section before them, and lost sections come back empty. */
export function $keepRootAsSections(root: RootNode, template: Template): void {
  let previous: SectionNode | null = null;
  const stray: LexicalNode[] = [];
  for (let child = root.getFirstChild(); child; child = child.getNextSibling()) {
    if ($isSectionNode(child)) {
      if (stray.length > 0) {
        // Blocks above the first section go to its start.
        const first = child.getFirstChild();
        for (const node of stray) {
          if (first) first.insertBefore(asBlock(node));
          else child.append(asBlock(node));
        }
        stray.length = 0;
      }
      previous = child;
    } else if (previous) {
      previous.append(asBlock(child));
      child = previous;
    } else {
      stray.push(child);
    }
  }
  const present = new Set(root.getChildren().filter($isSectionNode).map((section) => section.getSectionId()));
  if (present.size === 0) {
    const sections = template.sections.map((spec) => $createSectionNode(spec.id).append($createParagraphNode()));
    const first = sections[0];
    if (first) for (const node of stray) first.getFirstChild()!.insertBefore(asBlock(node));
    root.append(...sections);
    return;
  }
  // A section deleted with a selection that spanned it comes back, empty, where the template puts it.
  let after: SectionNode | null = null;
  for (const spec of template.sections) {
    const existing = root.getChildren().find((node): node is SectionNode => $isSectionNode(node) && node.getSectionId() === spec.id);
    if (existing) {
      after = existing;
      continue;
    }
    const section = $createSectionNode(spec.id).append($createParagraphNode());
    if (after) after.insertAfter(section);
    else root.getFirstChild()?.insertBefore(section);
    after = section;
  }
}

/** A node fit to stand in a section: inline content is put in a paragraph. */
function asBlock(node: LexicalNode): LexicalNode {
  const isBlock = ($isElementNode(node) || $isDecoratorNode(node)) && !node.isInline();
  return isBlock ? node : $createParagraphNode().append(node);
}

export function $isEmptySection(section: SectionNode): boolean {
  const first = $firstBlockOf(section);
  return first === null || (first === $lastBlockOf(section) && $isParagraphNode(first) && first.getChildrenSize() === 0);
}

/** A section's blocks, through the groups that hold them in the editor (block-groups.ts). */
export function $blocksOf(section: SectionNode): LexicalNode[] {
  return section.getChildren().flatMap((child) => ($isBlockGroupNode(child) ? child.getChildren() : [child]));
}

export function $firstBlockOf(section: SectionNode): LexicalNode | null {
  const first = section.getFirstChild();
  return $isBlockGroupNode(first) ? first.getFirstChild() : first;
}

export function $lastBlockOf(section: SectionNode): LexicalNode | null {
  const last = section.getLastChild();
  return $isBlockGroupNode(last) ? last.getLastChild() : last;
}

/** Puts a block at the end of a section, in its last group. */
export function $appendBlock(section: SectionNode, block: LexicalNode): void {
  const last = section.getLastChild();
  ($isBlockGroupNode(last) ? last : section).append(block);
}

