import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { LessonNode as LessonJSON, PinnedLesson } from '../../../../shared/briefing';
import { BriefingDecoratorNode, type SerializedBriefingNode } from './BriefingDecoratorNode';

type Fields = Pick<LessonJSON, 'lessonId' | 'pinned'>;

export type SerializedLessonNode = SerializedBriefingNode<Fields>;

/** A library lesson shown in the document, or (pinned not null) the copy the document keeps. */
export class LessonNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'lesson';

  static override getType(): string {
    return 'lesson';
  }

  static override clone(node: LessonNode): LessonNode {
    return new LessonNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLessonNode): LessonNode {
    return $createLessonNode(json.lessonId, json.pinned).updateFromJSON(json);
  }

  protected override label(): string {
    const { pinned } = this.__data;
    return pinned ? `Lesson: ${pinned.title}` : 'Lesson';
  }
}

export function $createLessonNode(lessonId: string | null, pinned: PinnedLesson | null = null): LessonNode {
  return $applyNodeReplacement(new LessonNode({ lessonId, pinned }));
}

export function $isLessonNode(node: LexicalNode | null | undefined): node is LessonNode {
  return node instanceof LessonNode;
}
