import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { $isFootnoteNode, FootnoteNode } from './FootnoteNode';
import { $isLessonNode, LessonNode } from './LessonNode';

/**
 * Numbers by node key (1, 2, … in document order), published so that a
 * decorator re-renders only when its own number changes: adding a footnote
 * near the end of a long document wakes only the footnotes after it.
 */
export class NumberStore {
  private numbers = new Map<NodeKey, number>();
  private readonly listeners = new Map<NodeKey, Set<() => void>>();

  /** Numbers the keys in the order given; returns the keys whose number changed (or went away). */
  setOrder(keys: readonly NodeKey[]): NodeKey[] {
    const previous = this.numbers;
    const next = new Map(keys.map((key, index) => [key, index + 1]));
    const changed = keys.filter((key) => previous.get(key) !== next.get(key));
    for (const key of previous.keys()) if (!next.has(key)) changed.push(key);
    this.numbers = next;
    for (const key of changed) this.listeners.get(key)?.forEach((listener) => listener());
    return changed;
  }

  /** The node's number, or null before the document's order is known. */
  number(key: NodeKey): number | null {
    return this.numbers.get(key) ?? null;
  }

  subscribe(key: NodeKey, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }
}

export interface NumberedNodes {
  lessons: NodeKey[];
  footnotes: NodeKey[];
}

/** The keys of the lessons and footnotes under a node, in reading order. */
export function $numberedNodes(top: LexicalNode = $getRoot()): NumberedNodes {
  const found: NumberedNodes = { lessons: [], footnotes: [] };
  const stack: LexicalNode[] = [top];
  while (stack.length > 0) {
    const node = stack.pop() as LexicalNode;
    if ($isLessonNode(node)) found.lessons.push(node.getKey());
    else if ($isFootnoteNode(node)) found.footnotes.push(node.getKey());
    else if ($isElementNode(node)) stack.push(...node.getChildren().reverse());
  }
  return found;
}

/**
 * The numbering of one editor's lessons and footnotes. The order is read again
 * only when a lesson or footnote is created, destroyed or changed (a move
 * changes it too), never on ordinary typing.
 */
export class DocumentNumbering {
  readonly lessons = new NumberStore();
  readonly footnotes = new NumberStore();
  private users = 0;
  private stop: (() => void) | null = null;

  constructor(private readonly editor: LexicalEditor) {}

  renumber(): void {
    const order = this.editor.getEditorState().read(() => $numberedNodes());
    this.lessons.setOrder(order.lessons);
    this.footnotes.setOrder(order.footnotes);
  }

  /** Follows the document while any node shows its number; the returned function lets go. */
  retain(): () => void {
    if (this.users++ === 0) {
      const renumber = () => this.renumber();
      this.stop = mergeRegister(
        this.editor.registerMutationListener(LessonNode, renumber, { skipInitialization: true }),
        this.editor.registerMutationListener(FootnoteNode, renumber, { skipInitialization: true }),
      );
      this.renumber();
    }
    return () => {
      if (--this.users === 0) {
        this.stop?.();
        this.stop = null;
      }
    };
  }
}

const numberings = new WeakMap<LexicalEditor, DocumentNumbering>();

/** One numbering per editor, shared by all its nodes' components. */
export function numberingOf(editor: LexicalEditor): DocumentNumbering {
  let numbering = numberings.get(editor);
  if (!numbering) numberings.set(editor, (numbering = new DocumentNumbering(editor)));
  return numbering;
}

function useNumber(nodeKey: NodeKey, which: 'lessons' | 'footnotes'): number | null {
  const [editor] = useLexicalComposerContext();
  const numbering = numberingOf(editor);
  useEffect(() => numbering.retain(), [numbering]);
  const store = numbering[which];
  const subscribe = useCallback((listener: () => void) => store.subscribe(nodeKey, listener), [store, nodeKey]);
  const snapshot = useCallback(() => store.number(nodeKey), [store, nodeKey]);
  return useSyncExternalStore(subscribe, snapshot);
}

/** The lesson's number among the document's lessons. */
export function useLessonNumber(nodeKey: NodeKey): number | null {
  return useNumber(nodeKey, 'lessons');
}

/** The footnote's number among the document's footnotes. */
export function useFootnoteNumber(nodeKey: NodeKey): number | null {
  return useNumber(nodeKey, 'footnotes');
}
