import { Dialog } from '../commands/Dialog';

interface ConfirmDialogProps {
  title: string;
  open: boolean;
  /** What will happen, in a sentence. */
  message: string;
  confirm: string;
  cancel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before something that cannot be taken back; the safe choice has the focus. */
export function ConfirmDialog({ title, open, message, confirm, cancel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog title={title} open={open} onClose={onCancel} className="confirm-dialog">
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={onCancel}>
          {cancel}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
