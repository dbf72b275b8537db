import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { ReadingListNode as ReadingListJSON } from '../../../../shared/briefing';
import { createElement, type ReactElement } from 'react';
import { BriefingDecoratorNode, type NodeData, type SerializedBriefingNode } from './BriefingDecoratorNode';
import { ReadingList } from './components/ReadingList';

type Fields = Pick<ReadingListJSON, 'sourceIds'>;

/** The node's fields, as its component gets them. */
export type ReadingListData = NodeData<Fields>;

export type SerializedReadingListNode = SerializedBriefingNode<Fields>;

/** Library sources set out as references, such as a module's readings. */
export class ReadingListNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'briefing-reading-list';

  static override getType(): string {
    return 'readinglist';
  }

  static override clone(node: ReadingListNode): ReadingListNode {
    return new ReadingListNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedReadingListNode): ReadingListNode {
    return $createReadingListNode(json.sourceIds).updateFromJSON(json);
  }

  override decorate(): ReactElement {
    return createElement(ReadingList, { nodeKey: this.getKey(), data: this.__data });
  }
}

export function $createReadingListNode(sourceIds: readonly string[]): ReadingListNode {
  return $applyNodeReplacement(new ReadingListNode({ sourceIds }));
}

export function $isReadingListNode(node: LexicalNode | null | undefined): node is ReadingListNode {
  return node instanceof ReadingListNode;
}
