import { useId, useState } from 'react';
import { Dialog } from '../../commands/Dialog';
import { safeLinkUrl } from '../links';

interface LinkDialogProps {
  open: boolean;
  /** The address of the link at the caret, to change or remove. */
  current: string | null;
  onClose(): void;
  /** An address to link to, or null to remove the link. */
  onApply(url: string | null): void;
}

/** Asks for a link's address; only web and mail addresses are taken, as every export keeps only those. */
export function LinkDialog({ open, current, onClose, onApply }: LinkDialogProps) {
  return (
    <Dialog title="Link" open={open} onClose={onClose} className="editor-dialog">
      {/* Mounted afresh on each opening, so the field starts from the link at the caret. */}
      {open ? <LinkForm current={current} onApply={onApply} /> : null}
    </Dialog>
  );
}

function LinkForm({ current, onApply }: Pick<LinkDialogProps, 'current' | 'onApply'>) {
  const [typed, setTyped] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const problemId = useId();
  return (
    <form
      className="editor-dialog-form"
      onSubmit={(event) => {
        event.preventDefault();
        const url = safeLinkUrl(typed);
        if (!url) {
          setProblem('Type a web address (such as https://example.org/report) or a mail address (mailto:name@example.org).');
          return;
        }
        onApply(url);
      }}
    >
      <label htmlFor={fieldId}>Web address</label>
      <input
        id={fieldId}
        type="text"
        inputMode="url"
        data-autofocus
        value={typed}
        placeholder="https://"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setProblem(null);
        }}
      />
      {problem ? (
        <p id={problemId} className="field-problem">
          {problem}
        </p>
      ) : null}
      <div className="editor-dialog-actions">
        {current ? (
          <button type="button" onClick={() => onApply(null)}>
            Remove link
          </button>
        ) : null}
        <button type="submit" className="primary">
          {current ? 'Change link' : 'Add link'}
        </button>
      </div>
    </form>
  );
}
