import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { ReactElement } from 'react';
import type { CommitmentsTableNode as CommitmentsTableJSON } from '../../../../shared/briefing';
import { decoratorDOM, placeholder } from './placeholder';

export type SerializedCommitmentsTableNode = Spread<Pick<CommitmentsTableJSON, 'commitmentIds'>, SerializedLexicalNode>;

/** Library commitments (action points) set out with their owners and timing. */
export class CommitmentsTableNode extends DecoratorNode<ReactElement> {
  __commitmentIds: readonly string[];

  static override getType(): string {
    return 'commitmentstable';
  }

  static override clone(node: CommitmentsTableNode): CommitmentsTableNode {
    return new CommitmentsTableNode(node.__commitmentIds, node.__key);
  }

  static override importJSON(json: SerializedCommitmentsTableNode): CommitmentsTableNode {
    return $createCommitmentsTableNode(json.commitmentIds).updateFromJSON(json);
  }

  constructor(commitmentIds: readonly string[], key?: NodeKey) {
    super(key);
    this.__commitmentIds = commitmentIds;
  }

  override exportJSON(): SerializedCommitmentsTableNode {
    return { ...super.exportJSON(), type: 'commitmentstable', version: 1, commitmentIds: [...this.__commitmentIds] };
  }

  override createDOM(): HTMLElement {
    return decoratorDOM('div', 'commitments-table');
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactElement {
    return placeholder('Commitments');
  }

  getCommitmentIds(): readonly string[] {
    return this.getLatest().__commitmentIds;
  }

  setCommitmentIds(commitmentIds: readonly string[]): this {
    const writable = this.getWritable();
    writable.__commitmentIds = commitmentIds;
    return writable;
  }
}

export function $createCommitmentsTableNode(commitmentIds: readonly string[]): CommitmentsTableNode {
  return $applyNodeReplacement(new CommitmentsTableNode(commitmentIds));
}

export function $isCommitmentsTableNode(node: LexicalNode | null | undefined): node is CommitmentsTableNode {
  return node instanceof CommitmentsTableNode;
}
