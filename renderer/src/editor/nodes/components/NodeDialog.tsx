import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Dialog } from '../../../commands/Dialog';

/**
 * A dialog opened from a node, put at the end of the page rather than inside
 * the editor: keys typed in its fields must not reach the editor, where
 * Backspace with the node selected would delete the node.
 */
export function NodeDialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  return createPortal(
    <Dialog title={title} open={open} onClose={onClose} className="node-dialog">
      {children}
    </Dialog>,
    document.body,
  );
}
