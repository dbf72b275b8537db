import { $getDocument, DecoratorNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { ReactElement } from 'react';

/** A node's fields as it holds them: read-only, arrays too, since setData replaces them whole. */
export type NodeData<Fields> = {
  readonly [K in keyof Fields]: Fields[K] extends readonly (infer Item)[] ? readonly Item[] : Fields[K];
};

/** A briefing node as stored: Lexical's fields and the node's own, which never share a name. */
export type SerializedBriefingNode<Fields> = SerializedLexicalNode & NodeData<Fields>;

/**
 * A node of the briefing model (shared/briefing.ts) that a React component draws:
 * the class holds the data and its serialization, the component its UI.
 * Its stored fields are one object, never changed in place: a change makes a new
 * one, so a node's past versions in the editor's history keep theirs.
 */
export abstract class BriefingDecoratorNode<Fields extends object> extends DecoratorNode<ReactElement> {
  __data: NodeData<Fields>;

  /** The class of the element the node's component is rendered into. */
  protected abstract readonly className: string;

  constructor(data: NodeData<Fields>, key?: NodeKey) {
    super(key);
    this.__data = data;
  }

  override exportJSON(): SerializedBriefingNode<Fields> {
    return { ...super.exportJSON(), type: this.getType(), version: 1, ...this.__data };
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement(this.isInline() ? 'span' : 'div');
    element.className = this.className;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return false;
  }

  /** The node's component (components/), given the node's key and its fields. */
  abstract override decorate(): ReactElement;

  getData(): NodeData<Fields> {
    return this.getLatest().__data;
  }

  setData(patch: Partial<NodeData<Fields>>): this {
    const writable = this.getWritable();
    writable.__data = { ...writable.__data, ...patch };
    return writable;
  }
}
