import { describe, expect, it } from 'vitest';
import { ariaShortcut, displayShortcut, matchesShortcut } from '../../renderer/src/commands/shortcuts';

const press = (key: string, mods: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>> = {}, code = '') =>
  ({ key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods }) as KeyboardEvent;

describe('keyboard shortcuts (off a Mac, Mod is Ctrl)', () => {
  it('match only with exactly the modifiers written', () => {
    expect(matchesShortcut('Mod+K', press('k', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut('Mod+K', press('K', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut('Mod+K', press('k'))).toBe(false);
    expect(matchesShortcut('Mod+K', press('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesShortcut('Mod+Shift+H', press('H', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesShortcut('Mod+Shift+H', press('h', { ctrlKey: true }))).toBe(false);
    expect(matchesShortcut('F1', press('F1'))).toBe(true);
  });

  it('treat Shift as part of a typed symbol such as "/" or "?"', () => {
    expect(matchesShortcut('/', press('/'))).toBe(true);
    expect(matchesShortcut('/', press('/', { shiftKey: true }))).toBe(true);
    expect(matchesShortcut('/', press('/', { ctrlKey: true }))).toBe(false);
  });

  it('leave characters typed with AltGr or Ctrl+Alt (@, #, ó on many layouts) to the text', () => {
    const altGr = { ...press('@', { ctrlKey: true, altKey: true }, 'Digit0'), getModifierState: (key: string) => key === 'AltGraph' } as KeyboardEvent;
    expect(matchesShortcut('Mod+Alt+0', altGr)).toBe(false);
    expect(matchesShortcut('Mod+Alt+Q', press('@', { ctrlKey: true, altKey: true }, 'KeyQ'))).toBe(false);
    expect(matchesShortcut('Mod+Alt+O', press('ó', { ctrlKey: true, altKey: true }, 'KeyO'))).toBe(false);
    expect(matchesShortcut('Mod+Alt+O', press('o', { ctrlKey: true, altKey: true }, 'KeyO'))).toBe(true);
  });

  it('are written for people and for assistive technology', () => {
    expect(displayShortcut('Mod+Shift+H')).toBe('Ctrl+Shift+H');
    expect(displayShortcut('F1')).toBe('F1');
    expect(ariaShortcut('Mod+Alt+N')).toBe('Control+Alt+N');
  });
});
