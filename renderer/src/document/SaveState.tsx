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
  status: SaveStatus;
  onKeepMine(): void;
  onLoadOther(): void;
}

/** "Saved", "Saving…" or "Not saved: <reason>", with the way out of a conflict. */
export function SaveState({ status, onKeepMine, onLoadOther }: SaveStateProps) {
  return (
    <div className={`save-state save-${status.kind}`}>
      <p role="status" aria-label="Save state" className="save-state-text">
        {label(status)}
      </p>
      {status.kind === 'conflict' ? (
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
