import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type LexicalNode, type NodeKey } from 'lexical';
import { useCallback, type FocusEvent, type MouseEvent } from 'react';
import { useCardSelection } from './card-selection';

/** Clicks on these act on their own; they do not select the card. */
const CONTROLS = 'button, a, input, select, textarea, label, summary, [role="button"]';

export interface NodeCard {
  selected: boolean;
  /** Props for the card's outer element: focusable, selected by a click or by focus. */
  props: {
    tabIndex: 0;
    'data-selected'?: true;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
    onClick: (event: MouseEvent<HTMLElement>) => void;
  };
}

/**
 * A block node's card, selected as a whole with Lexical's node selection, so
 * Delete and Backspace remove it (the rich-text plugin deletes a node selection).
 * Focus inside one of its fields lets go of the selection: Backspace in a
 * caption must delete a letter, not the table.
 */
export function useNodeCard(nodeKey: NodeKey): NodeCard {
  const [selected, setSelected, clearSelection] = useCardSelection(nodeKey);
  const select = useCallback(() => {
    clearSelection();
    setSelected(true);
  }, [clearSelection, setSelected]);
  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      if (event.target === event.currentTarget) select();
      else if (selected) clearSelection();
    },
    [select, selected, clearSelection],
  );
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.target instanceof Element && event.target.closest(CONTROLS)) return;
      event.currentTarget.focus();
      select();
    },
    [select],
  );
  return { selected, props: { tabIndex: 0, ...(selected ? { 'data-selected': true } : {}), onFocus, onClick } };
}

/** Runs a change on this node in one editor update, if the node is still there and of the expected kind. */
export function useNodeUpdate<T extends LexicalNode>(
  nodeKey: NodeKey,
  isKind: (node: LexicalNode | null) => node is T,
): (change: (node: T) => void) => void {
  const [editor] = useLexicalComposerContext();
  return useCallback(
    (change: (node: T) => void) => {
      // Discrete, so a field bound to the node (a caption) shows its new value before the next keystroke.
      editor.update(
        () => {
          const node = $getNodeByKey(nodeKey);
          if (isKind(node)) change(node);
        },
        { discrete: true },
      );
    },
    [editor, nodeKey, isKind],
  );
}

/** Removes a node and puts the caret where it stood, in the editor, so typing goes on from there. */
export function $removeNode(node: LexicalNode): void {
  node.selectPrevious();
  node.remove();
}

/** A "Remove" button's action: the node goes, and focus returns to the text. */
export function useRemoveNode(nodeKey: NodeKey): () => void {
  const [editor] = useLexicalComposerContext();
  return useCallback(() => {
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if (node) $removeNode(node);
      },
      { discrete: true },
    );
    editor.getRootElement()?.focus({ preventScroll: true });
  }, [editor, nodeKey]);
}
