import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { ReactElement } from 'react';
import type { DataTableNode as DataTableJSON } from '../../../../shared/briefing';
import { decoratorDOM, placeholder } from './placeholder';

export type SerializedDataTableNode = Spread<Pick<DataTableJSON, 'tableId' | 'caption'>, SerializedLexicalNode>;

/** A library data table; an empty caption prints the table's title. */
export class DataTableNode extends DecoratorNode<ReactElement> {
  __tableId: string;
  __caption: string;

  static override getType(): string {
    return 'datatable';
  }

  static override clone(node: DataTableNode): DataTableNode {
    return new DataTableNode(node.__tableId, node.__caption, node.__key);
  }

  static override importJSON(json: SerializedDataTableNode): DataTableNode {
    return $createDataTableNode(json.tableId, json.caption).updateFromJSON(json);
  }

  constructor(tableId: string, caption = '', key?: NodeKey) {
    super(key);
    this.__tableId = tableId;
    this.__caption = caption;
  }

  override exportJSON(): SerializedDataTableNode {
    return { ...super.exportJSON(), type: 'datatable', version: 1, tableId: this.__tableId, caption: this.__caption };
  }

  override createDOM(): HTMLElement {
    return decoratorDOM('div', 'data-table');
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactElement {
    return placeholder(this.__caption || 'Data table');
  }

  getTableId(): string {
    return this.getLatest().__tableId;
  }

  getCaption(): string {
    return this.getLatest().__caption;
  }

  setCaption(caption: string): this {
    const writable = this.getWritable();
    writable.__caption = caption;
    return writable;
  }
}

export function $createDataTableNode(tableId: string, caption = ''): DataTableNode {
  return $applyNodeReplacement(new DataTableNode(tableId, caption));
}

export function $isDataTableNode(node: LexicalNode | null | undefined): node is DataTableNode {
  return node instanceof DataTableNode;
}
