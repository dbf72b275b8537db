import {
  $applyNodeReplacement,
  $getDocument,
  ElementNode,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import type { SectionNode as SectionJSON } from '../../../../shared/briefing';

export type SerializedSectionNode = Spread<Pick<SectionJSON, 'sectionId' | 'heading'>, SerializedElementNode>;

/** A top-level block filling one template section; its blocks are the writer's. */
export class SectionNode extends ElementNode {
  __sectionId: string;
  __heading: string;

  static override getType(): string {
    return 'section';
  }

  static override clone(node: SectionNode): SectionNode {
    return new SectionNode(node.__sectionId, node.__heading, node.__key);
  }

  static override importJSON(json: SerializedSectionNode): SectionNode {
    return $createSectionNode(json.sectionId, json.heading).updateFromJSON(json);
  }

  constructor(sectionId: string, heading = '', key?: NodeKey) {
    super(key);
    this.__sectionId = sectionId;
    this.__heading = heading;
  }

  override exportJSON(): SerializedSectionNode {
    return { ...super.exportJSON(), type: 'section', version: 1, sectionId: this.__sectionId, heading: this.__heading };
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('section');
    element.dataset.sectionId = this.__sectionId;
    return element;
  }

  override updateDOM(previous: SectionNode, dom: HTMLElement): boolean {
    if (previous.__sectionId !== this.__sectionId) dom.dataset.sectionId = this.__sectionId;
    return false;
  }

  override isInline(): false {
    return false;
  }

  // Like a table cell, a section holds blocks and is a boundary: deleting or
  // merging at its edges must not fold one template section into the next.
  override isShadowRoot(): boolean {
    return true;
  }

  getSectionId(): string {
    return this.getLatest().__sectionId;
  }

  getHeading(): string {
    return this.getLatest().__heading;
  }

  setHeading(heading: string): this {
    const writable = this.getWritable();
    writable.__heading = heading;
    return writable;
  }
}

export function $createSectionNode(sectionId: string, heading = ''): SectionNode {
  return $applyNodeReplacement(new SectionNode(sectionId, heading));
}

export function $isSectionNode(node: LexicalNode | null | undefined): node is SectionNode {
  return node instanceof SectionNode;
}
