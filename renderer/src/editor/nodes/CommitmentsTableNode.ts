import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { CommitmentsTableNode as CommitmentsTableJSON } from '../../../../shared/briefing';
import { BriefingDecoratorNode, type SerializedBriefingNode } from './BriefingDecoratorNode';

type Fields = Pick<CommitmentsTableJSON, 'commitmentIds'>;

export type SerializedCommitmentsTableNode = SerializedBriefingNode<Fields>;

/** Library commitments (action points) set out with their owners and timing. */
export class CommitmentsTableNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'commitments-table';

  static override getType(): string {
    return 'commitmentstable';
  }

  static override clone(node: CommitmentsTableNode): CommitmentsTableNode {
    return new CommitmentsTableNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedCommitmentsTableNode): CommitmentsTableNode {
    return $createCommitmentsTableNode(json.commitmentIds).updateFromJSON(json);
  }

  protected override label(): string {
    return 'Commitments';
  }
}

export function $createCommitmentsTableNode(commitmentIds: readonly string[]): CommitmentsTableNode {
  return $applyNodeReplacement(new CommitmentsTableNode({ commitmentIds }));
}

export function $isCommitmentsTableNode(node: LexicalNode | null | undefined): node is CommitmentsTableNode {
  return node instanceof CommitmentsTableNode;
}
