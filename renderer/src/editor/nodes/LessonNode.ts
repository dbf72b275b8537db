import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { LessonNode as LessonJSON, PinnedLesson } from '../../../../shared/briefing';
import { createElement, type ReactElement } from 'react';
import { BriefingDecoratorNode, type NodeData, type SerializedBriefingNode } from './BriefingDecoratorNode';
import { LessonCard } from './components/LessonCard';

type Fields = Pick<LessonJSON, 'lessonId' | 'pinned'>;

/** The node's fields, as its component gets them. */
export type LessonData = NodeData<Fields>;

export type SerializedLessonNode = SerializedBriefingNode<Fields>;

/** A library lesson shown in the document, or (pinned not null) the copy the document keeps. */
export class LessonNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'briefing-lesson';

  static override getType(): string {
    return 'lesson';
  }

  static override clone(node: LessonNode): LessonNode {
    return new LessonNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLessonNode): LessonNode {
    return $createLessonNode(json.lessonId, json.pinned).updateFromJSON(json);
  }

  override decorate(): ReactElement {
    return createElement(LessonCard, { nodeKey: this.getKey(), data: this.__data });
  }
}

export function $createLessonNode(lessonId: string | null, pinned: PinnedLesson | null = null): LessonNode {
  return $applyNodeReplacement(new LessonNode({ lessonId, pinned }));
}

export function $isLessonNode(node: LexicalNode | null | undefined): node is LessonNode {
  return node instanceof LessonNode;
}
