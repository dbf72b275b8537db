import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { DataTableNode as DataTableJSON } from '../../../../shared/briefing';
import { BriefingDecoratorNode, type SerializedBriefingNode } from './BriefingDecoratorNode';

type Fields = Pick<DataTableJSON, 'tableId' | 'caption'>;

export type SerializedDataTableNode = SerializedBriefingNode<Fields>;

/** A library data table; an empty caption prints the table's title. */
export class DataTableNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'data-table';

  static override getType(): string {
    return 'datatable';
  }

  static override clone(node: DataTableNode): DataTableNode {
    return new DataTableNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedDataTableNode): DataTableNode {
    return $createDataTableNode(json.tableId, json.caption).updateFromJSON(json);
  }

  protected override label(): string {
    return this.__data.caption || 'Data table';
  }
}

export function $createDataTableNode(tableId: string, caption = ''): DataTableNode {
  return $applyNodeReplacement(new DataTableNode({ tableId, caption }));
}

export function $isDataTableNode(node: LexicalNode | null | undefined): node is DataTableNode {
  return node instanceof DataTableNode;
}
