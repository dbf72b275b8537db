import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal dialog on the browser's own <dialog>: focus is trapped inside, Escape
 * closes it, and focus returns where it was. Its title is its accessible name.
 * Focus starts on the element marked `data-autofocus`, else on the first field.
 */
export function Dialog({ title, open, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first button (Close); the place to start typing is better.
      // React's autoFocus runs before showModal() and is undone by it, hence data-autofocus.
      dialog.querySelector<HTMLElement>('[data-autofocus], input:not([type="hidden"]):not(:disabled), textarea:not(:disabled), select:not(:disabled)')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="dialog-close" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          {children}
        </>
      ) : null}
    </dialog>
  );
}

/** What a dialog's action came to: a problem in an alert, or what was done in a status line (kept in the page, so it is announced). */
export function DialogOutcome({ problem, done }: { problem: string | null; done: string | null }) {
  return (
    <>
      {problem ? (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      ) : null}
      <p role="status" className="export-done">
        {done}
      </p>
    </>
  );
}
