import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createNodeSelection, $getNodeByKey, $getSelection, $isNodeSelection, $isRangeSelection, $setSelection, type LexicalEditor, type NodeKey } from 'lexical';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * Which cards (block nodes selected whole) are selected, for every card of an
 * editor from one update listener. Each card listening for itself, as
 * Lexical's useLexicalNodeSelection does, runs a read per card on every
 * keystroke: in a long document with many tables and lessons that is a
 * keystroke's worth of work. While the writer types (a caret, not a range)
 * no card is selected, and this does nothing.
 */
class CardSelection {
  private readonly listeners = new Map<NodeKey, Set<() => void>>();
  private readonly selected = new Set<NodeKey>();
  private stop: (() => void) | null = null;

  constructor(private readonly editor: LexicalEditor) {}

  isSelected(key: NodeKey): boolean {
    return this.selected.has(key);
  }

  subscribe(key: NodeKey, listener: () => void): () => void {
    let forKey = this.listeners.get(key);
    if (!forKey) {
      forKey = new Set();
      this.listeners.set(key, forKey);
    }
    forKey.add(listener);
    if (this.stop === null) this.stop = this.editor.registerUpdateListener(() => this.refresh());
    // A card that appears already selected (brought back by Undo) shows it at once, not at the next update.
    this.refresh();
    return () => {
      forKey.delete(listener);
      if (forKey.size === 0) this.listeners.delete(key);
      if (this.listeners.size === 0 && this.stop !== null) {
        this.stop();
        this.stop = null;
        this.selected.clear();
      }
    };
  }

  private refresh(): void {
    const now = this.editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (selection === null || ($isRangeSelection(selection) && selection.isCollapsed())) return new Set<NodeKey>();
      const keys = new Set<NodeKey>();
      for (const key of this.listeners.keys()) {
        if ($getNodeByKey(key)?.isSelected(selection)) keys.add(key);
      }
      return keys;
    });
    const changed = [...this.selected].filter((key) => !now.has(key)).concat([...now].filter((key) => !this.selected.has(key)));
    if (changed.length === 0) return;
    this.selected.clear();
    for (const key of now) this.selected.add(key);
    for (const key of changed) for (const listener of this.listeners.get(key) ?? []) listener();
  }
}

const byEditor = new WeakMap<LexicalEditor, CardSelection>();

function cardSelectionOf(editor: LexicalEditor): CardSelection {
  let found = byEditor.get(editor);
  if (!found) {
    found = new CardSelection(editor);
    byEditor.set(editor, found);
  }
  return found;
}

/**
 * Whether the card `key` is selected, with setters: as Lexical's
 * useLexicalNodeSelection, from one listener for all cards (above).
 */
export function useCardSelection(key: NodeKey): [selected: boolean, setSelected: (selected: boolean) => void, clearSelection: () => void] {
  const [editor] = useLexicalComposerContext();
  const store = cardSelectionOf(editor);
  const selected = useSyncExternalStore(
    useCallback((onChange: () => void) => store.subscribe(key, onChange), [store, key]),
    () => store.isSelected(key),
  );
  const setSelected = useCallback(
    (wanted: boolean) => {
      editor.update(() => {
        const current = $getSelection();
        // Deselecting a card that is not selected must not take away the writer's caret.
        if (!$isNodeSelection(current) && !wanted && !$getNodeByKey(key)?.isSelected()) return;
        const selection = $isNodeSelection(current) ? current : $createNodeSelection();
        if (selection !== current) $setSelection(selection);
        if (wanted) selection.add(key);
        else selection.delete(key);
      });
    },
    [editor, key],
  );
  const clearSelection = useCallback(() => {
    editor.update(() => {
      const selection = $getSelection();
      if ($isNodeSelection(selection)) selection.clear();
    });
  }, [editor]);
  return [selected, setSelected, clearSelection];
}
