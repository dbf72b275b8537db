import { useLayoutEffect, useRef, useState } from 'react';
import type { LiveValue } from '../live-value';
import type { SaveStatus } from './autosave';

function label(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    default:
      return `Not saved: ${status.message}`;
  }
}

interface SaveStateProps {
  status: LiveValue<SaveStatus>;
  onKeepMine(): void;
  onLoadOther(): void;
}

/**
 * "Saved", "Saving…" or "Not saved: <reason>", with the way out of a conflict.
 * The words change as the writer types, so they are written into the page
 * directly: a React render while the editor has the focus walks the editor's
 * whole DOM (WriterPauses says why), a keystroke's frame in a long document.
 */
export function SaveState({ status, onKeepMine, onLoadOther }: SaveStateProps) {
  const box = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLParagraphElement>(null);
  const [conflict, setConflict] = useState(false);

  useLayoutEffect(() => {
    let shown: SaveStatus['kind'] | null = null;
    const show = (value: SaveStatus) => {
      if (shown) box.current?.classList.remove(`save-${shown}`);
      box.current?.classList.add(`save-${value.kind}`);
      shown = value.kind;
      if (text.current) text.current.textContent = label(value);
      setConflict(value.kind === 'conflict');
    };
    show(status.get());
    return status.subscribe(show);
  }, [status]);

  return (
    <div ref={box} className="save-state">
      {/* Its words are set by the effect above, never by React. */}
      <p ref={text} role="status" aria-label="Save state" className="save-state-text" />
      {conflict ? (
        <div className="conflict-actions" role="group" aria-label="Resolve the conflict">
          <button type="button" onClick={onKeepMine} title="The other version is kept in the version history">
            Keep my version
          </button>
          <button type="button" onClick={onLoadOther} title="Your version is kept on this computer">
            Load the other version
          </button>
        </div>
      ) : null}
    </div>
  );
}
