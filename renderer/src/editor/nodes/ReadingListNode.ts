import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { ReadingListNode as ReadingListJSON } from '../../../../shared/briefing';
import { BriefingDecoratorNode, type SerializedBriefingNode } from './BriefingDecoratorNode';

type Fields = Pick<ReadingListJSON, 'sourceIds'>;

export type SerializedReadingListNode = SerializedBriefingNode<Fields>;

/** Library sources set out as references, such as a module's readings. */
export class ReadingListNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'reading-list';

  static override getType(): string {
    return 'readinglist';
  }

  static override clone(node: ReadingListNode): ReadingListNode {
    return new ReadingListNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedReadingListNode): ReadingListNode {
    return $createReadingListNode(json.sourceIds).updateFromJSON(json);
  }

  protected override label(): string {
    return 'Reading list';
  }
}

export function $createReadingListNode(sourceIds: readonly string[]): ReadingListNode {
  return $applyNodeReplacement(new ReadingListNode({ sourceIds }));
}

export function $isReadingListNode(node: LexicalNode | null | undefined): node is ReadingListNode {
  return node instanceof ReadingListNode;
}
