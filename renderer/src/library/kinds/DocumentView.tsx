import type { KindData } from '../../../../shared/domain';
import { isEmptyRichText, RichTextView } from '../../richtext/RichTextView';
import { useApiQuery } from '../../useApiQuery';
import { Fields } from '../Fields';

export function DocumentView({ document }: { document: KindData<'document'> }) {
  const { value: template } = useApiQuery('templates.get', { id: document.templateId });
  return (
    <>
      <Fields
        fields={[
          ['Template', template?.name ?? document.templateId],
          ['Author', document.author],
        ]}
      />
      {isEmptyRichText(document.state) ? (
        <p className="quiet">This document has no text yet.</p>
      ) : (
        <RichTextView value={document.state} />
      )}
    </>
  );
}
