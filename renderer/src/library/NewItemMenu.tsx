import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { KIND_NAMES, type Kind } from '../../../shared/kinds';
import { useCommands, useRunCommand, type Command } from '../commands/commands';
import { useNavigation } from '../navigation';
import { kindLabel } from './kind-names';

/** The kinds in the order people reach for them. */
const MENU_KINDS: readonly Kind[] = ['lesson', 'note', 'workshop', 'unit', 'comparison', 'commitment', 'table', 'source', 'document'];

export function newItemTitle(kind: Kind): string {
  return `New ${kindLabel(kind)}`;
}

/**
 * "New…": a menu of the kinds of item, each also a command (library.new-<kind>).
 * A new document goes through the document screen's own dialog when it offers one.
 */
export function NewItemMenu() {
  const { go } = useNavigation();
  const runCommand = useRunCommand();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const create = useCallback(
    (kind: Kind) => {
      if (kind === 'document' && runCommand('document.new')) return;
      go({ view: 'new-item', kind });
    },
    [go, runCommand],
  );

  // A new document has its own command (document.new) and dialog.
  const commands = useMemo<Command[]>(
    () =>
      KIND_NAMES.filter((kind) => kind !== 'document').map((kind) => ({
        id: `library.new-${kind}`,
        title: newItemTitle(kind),
        group: 'Library',
        run: () => create(kind),
      })),
    [create],
  );
  useCommands(commands);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const index = all.indexOf(event.target as HTMLElement);
    const focus = (next: number) => all[(next + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(index + 1);
        break;
      case 'ArrowUp':
        focus(index - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(all.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="new-item-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        New…
      </button>
      {open && (
        <ul
          id={menuId}
          ref={menu}
          role="menu"
          aria-label="New"
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null) && event.relatedTarget !== button.current) close(false);
          }}
        >
          {MENU_KINDS.map((kind) => (
            <li
              key={kind}
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(false);
                create(kind);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  close(false);
                  create(kind);
                }
              }}
            >
              {newItemTitle(kind)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
