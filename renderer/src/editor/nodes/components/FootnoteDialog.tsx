import { useId, useState, type FormEvent } from 'react';
import { useApiQuery } from '../../../useApiQuery';
import { NodeDialog } from './NodeDialog';

interface FootnoteDialogProps {
  open: boolean;
  note: string;
  sourceId: string | null;
  onSave: (note: string, sourceId: string | null) => void;
  /** Offered when editing a footnote that is already in the document. */
  onDelete?: () => void;
  onClose: () => void;
}

/** The "Footnote" dialog: the note's words (required) and, optionally, the library source it cites. */
export function FootnoteDialog(props: FootnoteDialogProps) {
  return (
    <NodeDialog title="Footnote" open={props.open} onClose={props.onClose}>
      {/* Mounted afresh each time it opens, so it starts from the note as it is now. */}
      {props.open && <FootnoteForm {...props} />}
    </NodeDialog>
  );
}

function FootnoteForm({ note, sourceId, onSave, onDelete, onClose }: FootnoteDialogProps) {
  const [text, setText] = useState(note);
  const [source, setSource] = useState(sourceId ?? '');
  const [tried, setTried] = useState(false);
  const sources = useApiQuery('items.list', { kind: 'source', limit: 1000 });
  const textId = useId();
  const errorId = useId();
  const sourceFieldId = useId();
  const empty = text.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (empty) return;
    onSave(text.trim(), source || null);
    onClose();
  };
  const listed = sources.value?.items ?? [];
  return (
    <form className="node-form" onSubmit={submit}>
      <label htmlFor={textId}>Footnote text</label>
      <textarea
        id={textId}
        value={text}
        rows={4}
        aria-required
        aria-invalid={tried && empty}
        aria-describedby={tried && empty ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {tried && empty && (
        <p id={errorId} className="field-error">
          A footnote needs its text. Type it, or delete the footnote.
        </p>
      )}
      <label htmlFor={sourceFieldId}>Source (optional)</label>
      <select id={sourceFieldId} value={source} onChange={(event) => setSource(event.target.value)}>
        <option value="">No source</option>
        {source && !listed.some((item) => item.id === source) && <option value={source}>Source {source}</option>}
        {listed.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </select>
      <div className="node-form-buttons">
        <button type="submit">Save</button>
        {onDelete && (
          <button
            type="button"
            onClick={() => {
              onDelete();
              onClose();
            }}
          >
            Delete footnote
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
