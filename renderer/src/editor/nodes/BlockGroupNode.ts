import { $applyNodeReplacement, $getDocument, ElementNode, type LexicalNode, type SerializedElementNode } from 'lexical';

/**
 * A run of a section's blocks, for the browser's sake only: Chromium's work on
 * every keystroke grows with the number of boxes beside the one being typed in,
 * and a 100-page section is hundreds of blocks. Grouped, the groups out of view
 * skip layout and paint whole (editor.css), so a long document types like a
 * short one. Groups never reach the stored document: the editor puts them in
 * when it loads a state and takes them out when it gives one (block-groups.ts).
 */
export class BlockGroupNode extends ElementNode {
  static override getType(): string {
    return 'block-group';
  }

  static override clone(node: BlockGroupNode): BlockGroupNode {
    return new BlockGroupNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): BlockGroupNode {
    return $createBlockGroupNode().updateFromJSON(json);
  }

  override exportJSON(): SerializedElementNode {
    return { ...super.exportJSON(), type: 'block-group', version: 1 };
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = 'block-group';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): false {
    return false;
  }

  /**
   * Never a block to type in: Lexical treats an element that may not be empty
   * as a container, not as a block (selection, insertion). An emptied group is
   * removed by its transform (block-groups.ts), since Lexical leaves empty shadow roots.
   */
  override canBeEmpty(): false {
    return false;
  }

  /** Copied blocks come without their group, as the writer sees them. */
  override excludeFromCopy(): boolean {
    return true;
  }

  /** Blocks in a group behave as blocks in a section: markdown shortcuts, block insertion and the like stop here. */
  override isShadowRoot(): boolean {
    return true;
  }
}

export function $createBlockGroupNode(): BlockGroupNode {
  return $applyNodeReplacement(new BlockGroupNode());
}

export function $isBlockGroupNode(node: LexicalNode | null | undefined): node is BlockGroupNode {
  return node instanceof BlockGroupNode;
}
