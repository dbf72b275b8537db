import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { ReactElement } from 'react';
import type { FootnoteNode as FootnoteJSON } from '../../../../shared/briefing';
import { decoratorDOM, placeholder } from './placeholder';

export type SerializedFootnoteNode = Spread<Pick<FootnoteJSON, 'note' | 'sourceId'>, SerializedLexicalNode>;

/** A footnote marker inside a paragraph; the note's words travel with it. */
export class FootnoteNode extends DecoratorNode<ReactElement> {
  __note: string;
  __sourceId: string | null;

  static override getType(): string {
    return 'footnote';
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__note, node.__sourceId, node.__key);
  }

  static override importJSON(json: SerializedFootnoteNode): FootnoteNode {
    return $createFootnoteNode(json.note, json.sourceId).updateFromJSON(json);
  }

  constructor(note: string, sourceId: string | null = null, key?: NodeKey) {
    super(key);
    this.__note = note;
    this.__sourceId = sourceId;
  }

  override exportJSON(): SerializedFootnoteNode {
    return { ...super.exportJSON(), type: 'footnote', version: 1, note: this.__note, sourceId: this.__sourceId };
  }

  override createDOM(): HTMLElement {
    return decoratorDOM('span', 'footnote');
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override decorate(): ReactElement {
    return placeholder('*');
  }

  getNote(): string {
    return this.getLatest().__note;
  }

  setNote(note: string): this {
    const writable = this.getWritable();
    writable.__note = note;
    return writable;
  }

  getSourceId(): string | null {
    return this.getLatest().__sourceId;
  }

  setSourceId(sourceId: string | null): this {
    const writable = this.getWritable();
    writable.__sourceId = sourceId;
    return writable;
  }
}

export function $createFootnoteNode(note: string, sourceId: string | null = null): FootnoteNode {
  return $applyNodeReplacement(new FootnoteNode(note, sourceId));
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
