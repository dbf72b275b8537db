import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useCommandList, type Command } from './commands';
import { Dialog } from './Dialog';
import { ariaShortcut, displayShortcut } from './shortcuts';

/** Every word of the query must start a word of the title or the group ("exp doc" finds "Export the document…"). */
function matches(command: Command, query: string): boolean {
  const words = `${command.title} ${command.group}`.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((part) => words.some((word) => word.startsWith(part)));
}

/** Ctrl/⌘+K: type a few letters of what you want to do, Enter does it. */
export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const commands = useCommandList();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = useMemo(
    () => commands.filter((command) => command.id !== 'app.palette' && !command.alias && matches(command, query)),
    [commands, query],
  );
  const current = Math.min(active, Math.max(shown.length - 1, 0));

  const close = () => {
    setQuery('');
    setActive(0);
    onClose();
  };
  const run = (command: Command | undefined) => {
    if (!command) return;
    close();
    // After the dialog has closed and focus has gone back, so the command can move it.
    setTimeout(() => command.run(), 0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(shown[current]);
    }
  };

  return (
    <Dialog title="Commands" open={open} onClose={close} className="palette">
      <input
        type="text"
        role="combobox"
        aria-label="Find a command"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown[current] ? `${listId}-${current}` : undefined}
        placeholder="Type a command…"
        value={query}
        data-autofocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {shown.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            aria-keyshortcuts={command.shortcut ? ariaShortcut(command.shortcut) : undefined}
            className={index === current ? 'palette-option active' : 'palette-option'}
            onMouseEnter={() => setActive(index)}
            onClick={() => run(command)}
          >
            <span>{command.title}</span>
            <span className="quiet">{command.group}</span>
            {command.shortcut ? <kbd>{displayShortcut(command.shortcut)}</kbd> : null}
          </li>
        ))}
        {shown.length === 0 ? <li className="quiet">No command matches “{query}”.</li> : null}
      </ul>
    </Dialog>
  );
}
