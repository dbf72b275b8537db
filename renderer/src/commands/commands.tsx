import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isTypingIn, matchesShortcut } from './shortcuts';

/**
 * Everything the user can do by name: screens register their commands while
 * they are shown; the command palette lists them, the help dialog lists their
 * shortcuts, and one keydown listener runs them. Electron's menus send the same ids.
 */
export interface Command {
  /** Stable, e.g. "document.export"; Electron's menu items send it. */
  id: string;
  /** What the palette shows, in the users' words: "Export the document…". */
  title: string;
  /** Groups in the palette and the help dialog: "Document", "Library", "Editor"… */
  group: string;
  /** "Mod+S", "F1", "/" (see shortcuts.ts). */
  shortcut?: string;
  /** Shortcuts without Mod or F-keys are ignored while typing, unless this is set. */
  whileTyping?: boolean;
  /** A second shortcut for a command the palette already lists: the help dialog shows it, the palette does not. */
  alias?: boolean;
  run(): void;
}

interface Registry {
  commands: readonly Command[];
  register(owner: symbol, commands: readonly Command[]): void;
  unregister(owner: symbol): void;
  run(id: string): boolean;
}

const RegistryContext = createContext<Registry | null>(null);

export function CommandsProvider({ children }: { children: ReactNode }) {
  const [owners, setOwners] = useState<ReadonlyMap<symbol, readonly Command[]>>(new Map());
  const register = useCallback((owner: symbol, commands: readonly Command[]) => {
    setOwners((current) => new Map(current).set(owner, commands));
  }, []);
  const unregister = useCallback((owner: symbol) => {
    setOwners((current) => {
      const next = new Map(current);
      next.delete(owner);
      return next;
    });
  }, []);
  // The most recently registered screen wins when two offer the same id.
  const commands = useMemo(() => {
    const byId = new Map<string, Command>();
    for (const list of owners.values()) for (const command of list) byId.set(command.id, command);
    return [...byId.values()];
  }, [owners]);
  const latest = useRef(commands);
  latest.current = commands;
  const run = useCallback((id: string) => {
    const command = latest.current.find((candidate) => candidate.id === id);
    command?.run();
    return command !== undefined;
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      for (const command of latest.current) {
        if (!command.shortcut || !matchesShortcut(command.shortcut, event)) continue;
        const plain = !/Mod\+|^F\d+$|Alt\+/.test(command.shortcut);
        if (plain && !command.whileTyping && isTypingIn(event.target)) continue;
        // A modal dialog has the keyboard: nothing behind it changes while it is open.
        // Asked only for a shortcut: on every typed key it would search the whole page.
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        command.run();
        return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const value = useMemo(() => ({ commands, register, unregister, run }), [commands, register, unregister, run]);
  return <RegistryContext value={value}>{children}</RegistryContext>;
}

function useRegistry(): Registry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('Commands need a <CommandsProvider> above them.');
  return registry;
}

/**
 * Offers these commands while the calling component is shown. Pass a list
 * built with useMemo (or a stable one): a new list re-registers.
 */
export function useCommands(commands: readonly Command[]): void {
  const { register, unregister } = useRegistry();
  const [owner] = useState(() => Symbol('commands'));
  useEffect(() => {
    register(owner, commands);
  }, [owner, commands, register]);
  useEffect(() => () => unregister(owner), [owner, unregister]);
}

/** Every command offered now, for the palette and the help dialog. */
export function useCommandList(): readonly Command[] {
  return useRegistry().commands;
}

/** Runs a command by id (Electron's menus); false when no screen offers it now. */
export function useRunCommand(): (id: string) => boolean {
  return useRegistry().run;
}
