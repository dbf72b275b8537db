import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { ReactElement } from 'react';
import type { ComparisonTableNode as ComparisonTableJSON } from '../../../../shared/briefing';
import { decoratorDOM, placeholder } from './placeholder';

/** Which comparison, and which of its units and questions, laid out which way. */
export type ComparisonView = Readonly<
  Pick<ComparisonTableJSON, 'comparisonId' | 'unitIds' | 'questionIds' | 'transposed' | 'caption'>
>;

export type SerializedComparisonTableNode = Spread<ComparisonView, SerializedLexicalNode>;

/** A library comparison of delivery units, set out question by question. */
export class ComparisonTableNode extends DecoratorNode<ReactElement> {
  __view: ComparisonView;

  static override getType(): string {
    return 'comparisontable';
  }

  static override clone(node: ComparisonTableNode): ComparisonTableNode {
    return new ComparisonTableNode(node.__view, node.__key);
  }

  static override importJSON(json: SerializedComparisonTableNode): ComparisonTableNode {
    const { comparisonId, unitIds, questionIds, transposed, caption } = json;
    return $createComparisonTableNode({ comparisonId, unitIds, questionIds, transposed, caption }).updateFromJSON(json);
  }

  constructor(view: ComparisonView, key?: NodeKey) {
    super(key);
    this.__view = view;
  }

  override exportJSON(): SerializedComparisonTableNode {
    return { ...super.exportJSON(), type: 'comparisontable', version: 1, ...this.__view };
  }

  override createDOM(): HTMLElement {
    return decoratorDOM('div', 'comparison-table');
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactElement {
    return placeholder(this.__view.caption || 'Comparison');
  }

  getView(): ComparisonView {
    return this.getLatest().__view;
  }

  setView(view: ComparisonView): this {
    const writable = this.getWritable();
    writable.__view = view;
    return writable;
  }
}

export function $createComparisonTableNode(view: ComparisonView): ComparisonTableNode {
  return $applyNodeReplacement(new ComparisonTableNode(view));
}

export function $isComparisonTableNode(node: LexicalNode | null | undefined): node is ComparisonTableNode {
  return node instanceof ComparisonTableNode;
}
