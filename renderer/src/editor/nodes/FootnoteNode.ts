import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { FootnoteNode as FootnoteJSON } from '../../../../shared/briefing';
import { createElement, type ReactElement } from 'react';
import { BriefingDecoratorNode, type NodeData, type SerializedBriefingNode } from './BriefingDecoratorNode';
import { FootnoteMarker } from './components/FootnoteMarker';

type Fields = Pick<FootnoteJSON, 'note' | 'sourceId'>;

/** The node's fields, as its component gets them. */
export type FootnoteData = NodeData<Fields>;

export type SerializedFootnoteNode = SerializedBriefingNode<Fields>;

/** A footnote marker inside a paragraph; the note's words travel with it. */
export class FootnoteNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'briefing-footnote';

  static override getType(): string {
    return 'footnote';
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedFootnoteNode): FootnoteNode {
    return $createFootnoteNode(json.note, json.sourceId).updateFromJSON(json);
  }

  override isInline(): true {
    return true;
  }

  override decorate(): ReactElement {
    return createElement(FootnoteMarker, { nodeKey: this.getKey(), data: this.__data });
  }
}

export function $createFootnoteNode(note: string, sourceId: string | null = null): FootnoteNode {
  return $applyNodeReplacement(new FootnoteNode({ note, sourceId }));
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
