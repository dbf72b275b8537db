import { useMemo, useState } from 'react';
import { useCommands, type Command } from './commands/commands';
import { CommandPalette } from './commands/CommandPalette';
import { HelpDialog } from './commands/HelpDialog';
import { useNavigation } from './navigation';

/** The commands every screen has: the palette, the shortcuts, going home, capture mode. */
export function AppCommands() {
  const { go } = useNavigation();
  const [palette, setPalette] = useState(false);
  const [help, setHelp] = useState(false);
  const commands = useMemo<Command[]>(
    () => [
      { id: 'app.palette', title: 'Show all commands', group: 'App', shortcut: 'Mod+K', whileTyping: true, run: () => setPalette(true) },
      { id: 'app.help', title: 'Keyboard shortcuts', group: 'App', shortcut: 'F1', run: () => setHelp(true) },
      { id: 'app.help-slash', title: 'Keyboard shortcuts', group: 'App', shortcut: 'Mod+/', alias: true, run: () => setHelp(true) },
      { id: 'app.home', title: 'Go to the documents', group: 'App', shortcut: 'Alt+Home', run: () => go({ view: 'home' }) },
      { id: 'capture.open', title: 'Capture a workshop (live notes)', group: 'Workshop', run: () => go({ view: 'capture', workshopId: null }) },
    ],
    [go],
  );
  useCommands(commands);
  return (
    <>
      <CommandPalette open={palette} onClose={() => setPalette(false)} />
      <HelpDialog open={help} onClose={() => setHelp(false)} />
    </>
  );
}
