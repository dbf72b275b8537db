import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { DataTableNode as DataTableJSON } from '../../../../shared/briefing';
import { createElement, type ReactElement } from 'react';
import { BriefingDecoratorNode, type NodeData, type SerializedBriefingNode } from './BriefingDecoratorNode';
import { DataTable } from './components/DataTable';

type Fields = Pick<DataTableJSON, 'tableId' | 'caption'>;

/** The node's fields, as its component gets them. */
export type DataTableData = NodeData<Fields>;

export type SerializedDataTableNode = SerializedBriefingNode<Fields>;

/** A library data table; an empty caption prints the table's title. */
export class DataTableNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'briefing-data-table';

  static override getType(): string {
    return 'datatable';
  }

  static override clone(node: DataTableNode): DataTableNode {
    return new DataTableNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedDataTableNode): DataTableNode {
    return $createDataTableNode(json.tableId, json.caption).updateFromJSON(json);
  }

  override decorate(): ReactElement {
    return createElement(DataTable, { nodeKey: this.getKey(), data: this.__data });
  }
}

export function $createDataTableNode(tableId: string, caption = ''): DataTableNode {
  return $applyNodeReplacement(new DataTableNode({ tableId, caption }));
}

export function $isDataTableNode(node: LexicalNode | null | undefined): node is DataTableNode {
  return node instanceof DataTableNode;
}
