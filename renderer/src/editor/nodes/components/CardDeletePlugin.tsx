import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isNodeSelection, COMMAND_PRIORITY_LOW, KEY_BACKSPACE_COMMAND, KEY_DELETE_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { BriefingDecoratorNode } from '../BriefingDecoratorNode';
import { $removeNode } from './useNodeCard';

/**
 * Delete or Backspace on a selected card (a lesson, a table) removes it and
 * leaves the caret where it stood with the editor focused. Lexical's own
 * handler would remove it too, but focus would go with the card's element.
 */
function $deleteSelectedCards(editor: LexicalEditor, event: KeyboardEvent | null): boolean {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return false;
  const cards = selection.getNodes();
  if (cards.length === 0 || !cards.every((node) => node instanceof BriefingDecoratorNode)) return false;
  event?.preventDefault();
  for (const card of cards) $removeNode(card);
  editor.getRootElement()?.focus({ preventScroll: true });
  return true;
}

export function CardDeletePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(KEY_DELETE_COMMAND, (event) => $deleteSelectedCards(editor, event), COMMAND_PRIORITY_LOW),
        editor.registerCommand(KEY_BACKSPACE_COMMAND, (event) => $deleteSelectedCards(editor, event), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );
  return null;
}
