import { useMemo, type RefObject } from 'react';
import { useCommands, type Command } from '../commands/commands';

/** "/" (when not typing elsewhere) or Ctrl/Cmd+Shift+F puts the cursor in the search box. */
export function useSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  const commands = useMemo<Command[]>(() => {
    const focus = () => {
      input.current?.focus();
      input.current?.select();
    };
    return [
      { id: 'library.search', title: 'Search the library', group: 'Library', shortcut: '/', run: focus },
      { id: 'library.search-anywhere', title: 'Search the library', group: 'Library', shortcut: 'Mod+Shift+F', alias: true, run: focus },
    ];
  }, [input]);
  useCommands(commands);
}
