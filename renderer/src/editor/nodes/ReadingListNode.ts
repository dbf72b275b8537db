import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { ReactElement } from 'react';
import type { ReadingListNode as ReadingListJSON } from '../../../../shared/briefing';
import { decoratorDOM, placeholder } from './placeholder';

export type SerializedReadingListNode = Spread<Pick<ReadingListJSON, 'sourceIds'>, SerializedLexicalNode>;

/** Library sources set out as references, such as a module's readings. */
export class ReadingListNode extends DecoratorNode<ReactElement> {
  __sourceIds: readonly string[];

  static override getType(): string {
    return 'readinglist';
  }

  static override clone(node: ReadingListNode): ReadingListNode {
    return new ReadingListNode(node.__sourceIds, node.__key);
  }

  static override importJSON(json: SerializedReadingListNode): ReadingListNode {
    return $createReadingListNode(json.sourceIds).updateFromJSON(json);
  }

  constructor(sourceIds: readonly string[], key?: NodeKey) {
    super(key);
    this.__sourceIds = sourceIds;
  }

  override exportJSON(): SerializedReadingListNode {
    return { ...super.exportJSON(), type: 'readinglist', version: 1, sourceIds: [...this.__sourceIds] };
  }

  override createDOM(): HTMLElement {
    return decoratorDOM('div', 'reading-list');
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactElement {
    return placeholder('Reading list');
  }

  getSourceIds(): readonly string[] {
    return this.getLatest().__sourceIds;
  }

  setSourceIds(sourceIds: readonly string[]): this {
    const writable = this.getWritable();
    writable.__sourceIds = sourceIds;
    return writable;
  }
}

export function $createReadingListNode(sourceIds: readonly string[]): ReadingListNode {
  return $applyNodeReplacement(new ReadingListNode(sourceIds));
}

export function $isReadingListNode(node: LexicalNode | null | undefined): node is ReadingListNode {
  return node instanceof ReadingListNode;
}
