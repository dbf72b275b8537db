import { useId, useState } from 'react';
import { Dialog } from '../../commands/Dialog';

interface FootnoteDialogProps {
  open: boolean;
  onClose(): void;
  onInsert(note: string): void;
}

/** Asks for a footnote's words before its marker goes in: a footnote without them is not one. */
export function FootnoteDialog({ open, onClose, onInsert }: FootnoteDialogProps) {
  return (
    <Dialog title="Footnote" open={open} onClose={onClose} className="editor-dialog">
      {open ? <FootnoteForm onInsert={onInsert} /> : null}
    </Dialog>
  );
}

function FootnoteForm({ onInsert }: Pick<FootnoteDialogProps, 'onInsert'>) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const problemId = useId();
  const submit = () => {
    if (!note.trim()) {
      setProblem('Type the footnote’s text.');
      return;
    }
    onInsert(note.trim());
  };
  return (
    <form
      className="editor-dialog-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={fieldId}>Footnote text</label>
      <textarea
        id={fieldId}
        rows={4}
        data-autofocus
        aria-required="true"
        value={note}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          setNote(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          // Enter inserts, as in the other short dialogs; Shift+Enter starts a new line.
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            submit();
          }
        }}
      />
      {problem ? (
        <p id={problemId} className="field-problem">
          {problem}
        </p>
      ) : null}
      <div className="editor-dialog-actions">
        <button type="submit" className="primary">
          Insert footnote
        </button>
      </div>
    </form>
  );
}
