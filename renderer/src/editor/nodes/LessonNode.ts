import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { ReactElement } from 'react';
import type { LessonNode as LessonJSON, PinnedLesson } from '../../../../shared/briefing';
import { decoratorDOM, placeholder } from './placeholder';

export type SerializedLessonNode = Spread<Pick<LessonJSON, 'lessonId' | 'pinned'>, SerializedLexicalNode>;

/** A library lesson shown in the document, or the copy the document pinned. */
export class LessonNode extends DecoratorNode<ReactElement> {
  __lessonId: string | null;
  __pinned: PinnedLesson | null;

  static override getType(): string {
    return 'lesson';
  }

  static override clone(node: LessonNode): LessonNode {
    return new LessonNode(node.__lessonId, node.__pinned, node.__key);
  }

  static override importJSON(json: SerializedLessonNode): LessonNode {
    return $createLessonNode(json.lessonId, json.pinned).updateFromJSON(json);
  }

  constructor(lessonId: string | null, pinned: PinnedLesson | null = null, key?: NodeKey) {
    super(key);
    this.__lessonId = lessonId;
    this.__pinned = pinned;
  }

  override exportJSON(): SerializedLessonNode {
    return { ...super.exportJSON(), type: 'lesson', version: 1, lessonId: this.__lessonId, pinned: this.__pinned };
  }

  override createDOM(): HTMLElement {
    return decoratorDOM('div', 'lesson');
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactElement {
    return placeholder(this.__pinned ? `Lesson: ${this.__pinned.title}` : 'Lesson');
  }

  getLessonId(): string | null {
    return this.getLatest().__lessonId;
  }

  getPinned(): PinnedLesson | null {
    return this.getLatest().__pinned;
  }

  /** Keeps a copy in the document (or, with null, goes back to showing the library lesson). */
  setPinned(pinned: PinnedLesson | null): this {
    const writable = this.getWritable();
    writable.__pinned = pinned;
    return writable;
  }
}

export function $createLessonNode(lessonId: string | null, pinned: PinnedLesson | null = null): LessonNode {
  return $applyNodeReplacement(new LessonNode(lessonId, pinned));
}

export function $isLessonNode(node: LexicalNode | null | undefined): node is LessonNode {
  return node instanceof LessonNode;
}
