/**
 * Keyboard shortcuts written once per command, as "Mod+K" (Mod is Ctrl, or ⌘ on a
 * Mac), "Mod+Shift+S", "F1" or "/". The same text is shown in the command palette
 * and the help dialog, and put in `aria-keyshortcuts`.
 */

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

interface Parsed {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

/** Parsed once each: every keystroke is matched against every shortcut. */
const parsed = new Map<string, Parsed>();

function parse(shortcut: string): Parsed {
  let result = parsed.get(shortcut);
  if (!result) {
    const parts = shortcut.split('+');
    const key = (parts.pop() ?? '').toLowerCase();
    result = { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
    parsed.set(shortcut, result);
  }
  return result;
}

export function matchesShortcut(shortcut: string, event: KeyboardEvent): boolean {
  // AltGr types characters (@, #, {, ó on many layouts); Windows reports it as Ctrl+Alt.
  if (event.getModifierState?.('AltGraph')) return false;
  const want = parse(shortcut);
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  if (want.mod !== mod || want.alt !== event.altKey) return false;
  // "?" and "/" are typed with Shift on many layouts: for printable keys, Shift is part of the key.
  const printable = want.key.length === 1 && !/[a-z0-9]/.test(want.key);
  if (!printable && want.shift !== event.shiftKey) return false;
  if (event.key.toLowerCase() === want.key) return true;
  // On a Mac, Option with a letter or digit types another character ("œ" for Q), so there
  // the physical key decides; elsewhere Ctrl+Alt+key may be a character of the layout.
  return isMac() && want.alt && /^[a-z0-9]$/.test(want.key) && event.code === (/\d/.test(want.key) ? `Digit${want.key}` : `Key${want.key.toUpperCase()}`);
}

/** "Mod+Shift+S" as this system writes it: "Ctrl+Shift+S" or "⌘⇧S". */
export function displayShortcut(shortcut: string): string {
  const { mod, shift, alt, key } = parse(shortcut);
  const name = key.length === 1 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1);
  if (isMac()) return `${mod ? '⌘' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${name}`;
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', name].filter(Boolean).join('+');
}

/** The shortcut in `aria-keyshortcuts` form ("Control+Shift+S"). */
export function ariaShortcut(shortcut: string): string {
  const { mod, shift, alt, key } = parse(shortcut);
  const name = key.length === 1 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1);
  return [mod && (isMac() ? 'Meta' : 'Control'), alt && 'Alt', shift && 'Shift', name].filter(Boolean).join('+');
}

/** True when a keystroke goes into a text field or the editor, where plain keys are typing. */
export function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
