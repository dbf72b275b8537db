import type { KindData } from '../../../../shared/domain';
import { RichTextView } from '../../richtext/RichTextView';
import { Fields, joined } from '../Fields';

export function LessonView({ lesson }: { lesson: KindData<'lesson'> }) {
  return (
    <>
      {lesson.quote && (
        <figure className="pull-quote">
          <blockquote>
            <p>{lesson.quote.text}</p>
          </blockquote>
          {lesson.quote.attribution && <figcaption>{lesson.quote.attribution}</figcaption>}
        </figure>
      )}
      <RichTextView value={lesson.body} />
      <Fields
        fields={[
          ['Themes', joined(lesson.themes)],
          ['Jurisdictions', joined(lesson.jurisdictions)],
        ]}
      />
    </>
  );
}
