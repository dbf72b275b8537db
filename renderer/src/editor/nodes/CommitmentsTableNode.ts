import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { CommitmentsTableNode as CommitmentsTableJSON } from '../../../../shared/briefing';
import { createElement, type ReactElement } from 'react';
import { BriefingDecoratorNode, type NodeData, type SerializedBriefingNode } from './BriefingDecoratorNode';
import { CommitmentsTable } from './components/CommitmentsTable';

type Fields = Pick<CommitmentsTableJSON, 'commitmentIds'>;

/** The node's fields, as its component gets them. */
export type CommitmentsTableData = NodeData<Fields>;

export type SerializedCommitmentsTableNode = SerializedBriefingNode<Fields>;

/** Library commitments (action points) set out with their owners and timing. */
export class CommitmentsTableNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'briefing-commitments-table';

  static override getType(): string {
    return 'commitmentstable';
  }

  static override clone(node: CommitmentsTableNode): CommitmentsTableNode {
    return new CommitmentsTableNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedCommitmentsTableNode): CommitmentsTableNode {
    return $createCommitmentsTableNode(json.commitmentIds).updateFromJSON(json);
  }

  override decorate(): ReactElement {
    return createElement(CommitmentsTable, { nodeKey: this.getKey(), data: this.__data });
  }
}

export function $createCommitmentsTableNode(commitmentIds: readonly string[]): CommitmentsTableNode {
  return $applyNodeReplacement(new CommitmentsTableNode({ commitmentIds }));
}

export function $isCommitmentsTableNode(node: LexicalNode | null | undefined): node is CommitmentsTableNode {
  return node instanceof CommitmentsTableNode;
}
