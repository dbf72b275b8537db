import { BrowserWindow, Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';

/** Enough to choose from without a menu taller than the screen. */
const MAX_SUGGESTIONS = 6;

/**
 * The right-click menu: spelling suggestions and "Add to dictionary" on a
 * misspelled word, then the editing roles a text field allows (or Copy on
 * selected text elsewhere). Empty when there is nothing to offer.
 */
export function contextMenuTemplate(params: ContextMenuParams, contents: WebContents): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const word = params.misspelledWord;
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    spelling.push(
      ...(suggestions.length > 0
        ? suggestions.map((suggestion): MenuItemConstructorOptions => ({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) }))
        : [{ label: 'No spelling suggestions', enabled: false }]),
      { label: 'Add to Dictionary', click: () => contents.session.addWordToSpellCheckerDictionary(word) },
    );
  }
  const { editFlags } = params;
  const editing: MenuItemConstructorOptions[] = params.isEditable
    ? [
        { role: 'cut', enabled: editFlags.canCut },
        { role: 'copy', enabled: editFlags.canCopy },
        { role: 'paste', enabled: editFlags.canPaste },
        { role: 'pasteAndMatchStyle', enabled: editFlags.canPaste },
        { type: 'separator' },
        { role: 'selectAll', enabled: editFlags.canSelectAll },
      ]
    : params.selectionText.trim()
      ? [{ role: 'copy', enabled: editFlags.canCopy }]
      : [];
  return spelling.length > 0 && editing.length > 0 ? [...spelling, { type: 'separator' }, ...editing] : [...spelling, ...editing];
}

export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, contents);
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents) ?? undefined;
    Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}
