import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { ComparisonTableNode as ComparisonTableJSON } from '../../../../shared/briefing';
import { createElement, type ReactElement } from 'react';
import { BriefingDecoratorNode, type NodeData, type SerializedBriefingNode } from './BriefingDecoratorNode';
import { ComparisonTable } from './components/ComparisonTable';

/** Which comparison, and which of its units and questions, laid out which way. */
export type ComparisonView = NodeData<
  Pick<ComparisonTableJSON, 'comparisonId' | 'unitIds' | 'questionIds' | 'transposed' | 'caption'>
>;

export type SerializedComparisonTableNode = SerializedBriefingNode<ComparisonView>;

/** A library comparison of delivery units, set out question by question. */
export class ComparisonTableNode extends BriefingDecoratorNode<ComparisonView> {
  protected override readonly className = 'briefing-comparison-table';

  static override getType(): string {
    return 'comparisontable';
  }

  static override clone(node: ComparisonTableNode): ComparisonTableNode {
    return new ComparisonTableNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedComparisonTableNode): ComparisonTableNode {
    return $createComparisonTableNode(json).updateFromJSON(json);
  }

  override decorate(): ReactElement {
    return createElement(ComparisonTable, { nodeKey: this.getKey(), data: this.__data });
  }
}

/** Takes the view's own fields only, so a wider object (such as stored JSON) adds nothing to what is saved. */
export function $createComparisonTableNode({ comparisonId, unitIds, questionIds, transposed, caption }: ComparisonView): ComparisonTableNode {
  return $applyNodeReplacement(new ComparisonTableNode({ comparisonId, unitIds, questionIds, transposed, caption }));
}

export function $isComparisonTableNode(node: LexicalNode | null | undefined): node is ComparisonTableNode {
  return node instanceof ComparisonTableNode;
}
