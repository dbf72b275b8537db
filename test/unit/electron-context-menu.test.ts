import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attachContextMenu, contextMenuTemplate } from '../../electron/main/context-menu';

const electron = vi.hoisted(() => ({
  built: [] as MenuItemConstructorOptions[][],
  popup: vi.fn(),
}));

vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => null },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
      electron.built.push(template);
      return { popup: electron.popup };
    },
  },
}));

const contents = () => ({
  replaceMisspelling: vi.fn(),
  session: { addWordToSpellCheckerDictionary: vi.fn(() => true) },
  on: vi.fn(),
});

const allowed = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true };

const params = (overrides: Partial<ContextMenuParams>): ContextMenuParams =>
  ({ isEditable: true, misspelledWord: '', dictionarySuggestions: [], selectionText: '', editFlags: allowed, ...overrides }) as ContextMenuParams;

const names = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.role ?? item.type);

beforeEach(() => {
  electron.built = [];
  vi.clearAllMocks();
});

describe('the right-click menu', () => {
  it('offers the spell checker’s suggestions for a misspelled word, and replaces it with the one chosen', () => {
    const page = contents();
    const template = contextMenuTemplate(params({ misspelledWord: 'Islamabd', dictionarySuggestions: ['Islamabad', 'Islamabads'] }), page as unknown as WebContents);
    expect(names(template)).toEqual(['Islamabad', 'Islamabads', 'Add to Dictionary', 'separator', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'separator', 'selectAll']);

    (template[0]!.click as () => void)();
    expect(page.replaceMisspelling).toHaveBeenCalledWith('Islamabad');
  });

  it('adds the word to the dictionary', () => {
    const page = contents();
    const template = contextMenuTemplate(params({ misspelledWord: 'Punjab’s', dictionarySuggestions: [] }), page as unknown as WebContents);
    expect(names(template).slice(0, 2)).toEqual(['No spelling suggestions', 'Add to Dictionary']);
    expect(template[0]!.enabled).toBe(false);
    (template.find((item) => item.label === 'Add to Dictionary')!.click as () => void)();
    expect(page.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('Punjab’s');
  });

  it('offers cut, copy and paste in a text field as far as the field allows', () => {
    const template = contextMenuTemplate(params({ editFlags: { ...allowed, canCut: false, canCopy: false } }), contents() as unknown as WebContents);
    expect(names(template)).toEqual(['cut', 'copy', 'paste', 'pasteAndMatchStyle', 'separator', 'selectAll']);
    expect(template.filter((item) => item.enabled === false).map((item) => item.role)).toEqual(['cut', 'copy']);
  });

  it('offers Copy on selected text outside a text field, and nothing where there is nothing to do', () => {
    expect(names(contextMenuTemplate(params({ isEditable: false, selectionText: 'Delivery units' }), contents() as unknown as WebContents))).toEqual(['copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), contents() as unknown as WebContents)).toEqual([]);
  });

  it('pops up on right-click in the window, and not when empty', () => {
    const page = contents();
    attachContextMenu(page as unknown as WebContents);
    const [event, listener] = page.on.mock.calls[0] as unknown as [string, (event: unknown, params: ContextMenuParams) => void];
    expect(event).toBe('context-menu');

    listener({}, params({ misspelledWord: 'Islamabd', dictionarySuggestions: ['Islamabad'] }));
    expect(names(electron.built[0]!)[0]).toBe('Islamabad');
    expect(electron.popup).toHaveBeenCalledTimes(1);

    listener({}, params({ isEditable: false }));
    expect(electron.popup).toHaveBeenCalledTimes(1);
  });
});
