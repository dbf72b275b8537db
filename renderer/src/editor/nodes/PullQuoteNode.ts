import {
  $applyNodeReplacement,
  $getDocument,
  ElementNode,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import type { PullQuoteNode as PullQuoteJSON } from '../../../../shared/briefing';

export type SerializedPullQuoteNode = Spread<Pick<PullQuoteJSON, 'attribution'>, SerializedElementNode>;

/** A quote set apart from the text, with the words as its inline children. */
export class PullQuoteNode extends ElementNode {
  __attribution: string;

  static override getType(): string {
    return 'pullquote';
  }

  static override clone(node: PullQuoteNode): PullQuoteNode {
    return new PullQuoteNode(node.__attribution, node.__key);
  }

  static override importJSON(json: SerializedPullQuoteNode): PullQuoteNode {
    return $createPullQuoteNode(json.attribution).updateFromJSON(json);
  }

  constructor(attribution = '', key?: NodeKey) {
    super(key);
    this.__attribution = attribution;
  }

  override exportJSON(): SerializedPullQuoteNode {
    return { ...super.exportJSON(), type: 'pullquote', version: 1, attribution: this.__attribution };
  }

  // The attribution shows under the words (nodes.css prints data-attribution); it is set
  // with the command "Set the pull quote’s attribution…" (PullQuoteAttributionPlugin).
  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('blockquote');
    element.className = 'pull-quote';
    setAttribution(element, this.__attribution);
    return element;
  }

  override updateDOM(previous: PullQuoteNode, dom: HTMLElement): boolean {
    if (previous.__attribution !== this.__attribution) setAttribution(dom, this.__attribution);
    return false;
  }

  override isInline(): false {
    return false;
  }

  getAttribution(): string {
    return this.getLatest().__attribution;
  }

  setAttribution(attribution: string): this {
    const writable = this.getWritable();
    writable.__attribution = attribution;
    return writable;
  }
}

function setAttribution(element: HTMLElement, attribution: string): void {
  if (attribution) element.dataset.attribution = attribution;
  else delete element.dataset.attribution;
}

export function $createPullQuoteNode(attribution = ''): PullQuoteNode {
  return $applyNodeReplacement(new PullQuoteNode(attribution));
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
