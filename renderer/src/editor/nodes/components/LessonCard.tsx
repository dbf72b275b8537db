import { memo, useCallback, useContext } from 'react';
import type { PinnedLesson } from '../../../../../shared/briefing';
import { useNavigation } from '../../../navigation';
import { RichTextView } from '../../../richtext/RichTextView';
import { useApiQuery } from '../../../useApiQuery';
import { BriefContext } from '../../brief-context';
import { $isLessonNode, type LessonData, type LessonNode } from '../LessonNode';
import { useLessonNumber } from '../numbering';
import { QUIET_MISSING, Loading, MissingItem } from './MissingItem';
import { useNodeCard, useNodeUpdate, useRemoveNode } from './useNodeCard';
import './nodes.css';

const DEFAULT_LABEL = 'Lesson {n}:';

/** "Lesson 2: Title" from the template's label; just the title when the label is empty. */
export function lessonHeading(label: string, number: number | null, title: string): string {
  return [label.replaceAll('{n}', number === null ? '…' : String(number)), title].filter((part) => part.trim()).join(' ');
}

/** A lesson in the document: the library's words (or the document's pinned copy), numbered in order. */
export const LessonCard = memo(function LessonCard({ nodeKey, data }: { nodeKey: string; data: LessonData }) {
  const { lessonId, pinned } = data;
  const brief = useContext(BriefContext);
  const number = useLessonNumber(nodeKey);
  const card = useNodeCard(nodeKey);
  const update = useNodeUpdate<LessonNode>(nodeKey, $isLessonNode);
  const { go } = useNavigation();
  const query = useApiQuery('items.get', lessonId && !pinned ? { id: lessonId, kind: 'lesson' } : null, QUIET_MISSING);
  const lesson = query.value?.kind === 'lesson' ? query.value.data : undefined;
  const content: PinnedLesson | undefined = pinned ?? lesson;

  const remove = useRemoveNode(nodeKey);
  const pin = useCallback(() => {
    if (!lesson) return;
    const { title, quote, body } = lesson;
    update((node) => node.setData({ pinned: { title, quote, body } }));
  }, [lesson, update]);
  const follow = useCallback(() => update((node) => node.setData({ pinned: null })), [update]);

  if (!content) {
    if (query.loading) return <Loading what="lesson" />;
    return (
      <article className="node-card lesson-card" aria-label={`Missing lesson ${lessonId ?? ''}`} {...card.props}>
        <MissingItem kind="lesson" id={lessonId ?? ''}>
          <button type="button" onClick={remove}>
            Remove
          </button>
        </MissingItem>
      </article>
    );
  }

  const heading = lessonHeading(brief?.template.numbering.lesson ?? DEFAULT_LABEL, number, content.title);
  return (
    <article className="node-card lesson-card" aria-label={heading} {...card.props}>
      <header className="lesson-card-header">
        <h3>{heading}</h3>
        {pinned && <span className="node-badge">Pinned copy</span>}
      </header>
      {content.quote && (
        <blockquote className="lesson-card-quote">
          <p>{content.quote.text}</p>
          {content.quote.attribution && <footer>— {content.quote.attribution}</footer>}
        </blockquote>
      )}
      <RichTextView value={content.body} topHeading={4} />
      <div className="node-actions" role="group" aria-label="Lesson actions">
        {lessonId && (
          <button type="button" onClick={() => go({ view: 'edit-item', id: lessonId })}>
            Edit in library
          </button>
        )}
        {pinned
          ? lessonId && (
              <button type="button" onClick={follow}>
                Follow the library
              </button>
            )
          : lesson && (
              <button type="button" onClick={pin}>
                Pin a copy
              </button>
            )}
        <button type="button" onClick={remove}>
          Remove lesson
        </button>
      </div>
    </article>
  );
});
