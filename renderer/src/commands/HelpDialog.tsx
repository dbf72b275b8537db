import { useCommandList, type Command } from './commands';
import { Dialog } from './Dialog';
import { displayShortcut } from './shortcuts';

/** Shortcuts the editor handles itself (Lexical's and the browser's), listed beside the app's own. */
const EDITOR_KEYS: readonly { keys: string; does: string }[] = [
  { keys: 'Mod+B', does: 'Bold' },
  { keys: 'Mod+I', does: 'Italic' },
  { keys: 'Mod+U', does: 'Underline' },
  { keys: 'Mod+Z', does: 'Undo' },
  { keys: 'Mod+Shift+Z', does: 'Redo' },
  { keys: '# Space', does: 'Heading (## for a smaller one)' },
  { keys: '- Space', does: 'Bulleted list' },
  { keys: '1. Space', does: 'Numbered list' },
  { keys: '> Space', does: 'Quote' },
];

function groupBy(commands: readonly Command[]): Map<string, Command[]> {
  const groups = new Map<string, Command[]>();
  for (const command of commands) {
    if (!command.shortcut) continue;
    groups.set(command.group, [...(groups.get(command.group) ?? []), command]);
  }
  return groups;
}

/** F1 (or Ctrl+/): every keyboard shortcut of the screen that is open, and the editor's. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const groups = groupBy(useCommandList());
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={onClose} className="help">
      {[...groups].map(([group, commands]) => (
        <section key={group} aria-label={group}>
          <h3>{group}</h3>
          <dl className="shortcut-list">
            {commands.map((command) => (
              <div key={command.id}>
                <dt>
                  <kbd>{displayShortcut(command.shortcut ?? '')}</kbd>
                </dt>
                <dd>{command.title}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-label="Writing">
        <h3>Writing</h3>
        <dl className="shortcut-list">
          {EDITOR_KEYS.map(({ keys, does }) => (
            <div key={keys}>
              <dt>
                <kbd>{keys.startsWith('Mod') ? displayShortcut(keys) : keys}</kbd>
              </dt>
              <dd>{does}</dd>
            </div>
          ))}
        </dl>
      </section>
    </Dialog>
  );
}
