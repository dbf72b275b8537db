import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect, useId, useRef } from 'react';
import type { Template } from '../../../../shared/template';
import { carriesLibraryItem, readDraggedItem } from '../../drag';
import { $sectionBlockOf, type Place } from '../insert';
import { notInsertable, placeKeys, useLibraryInsert } from '../library-insert';
import { useReportError } from '../../ErrorReports';
import { $isSectionNode } from '../nodes';
import { $blocksOf, $lastBlockOf } from '../sections';

/** Where a drop lands, and the line that shows it (viewport coordinates). */
interface DropTarget {
  place: Place;
  line: { top: number; left: number; width: number };
}

function rectOf(editor: LexicalEditor, node: LexicalNode): DOMRect | null {
  return editor.getElementByKey(node.getKey())?.getBoundingClientRect() ?? null;
}

/** The first of some nodes whose element reaches below y, or null when y is below them all. */
function firstBelow(editor: LexicalEditor, nodes: LexicalNode[], y: number): { node: LexicalNode; rect: DOMRect } | null {
  for (const node of nodes) {
    const rect = rectOf(editor, node);
    if (rect && rect.bottom > y) return { node, rect };
  }
  return null;
}

/** Between which blocks of which section a point falls: blocks go before or after a whole block, never into one. */
function $dropTarget(editor: LexicalEditor, event: DragEvent): DropTarget | null {
  const y = event.clientY;
  const target = event.target instanceof Node ? $getNearestNodeFromDOMNode(event.target) : null;
  let found = target ? $sectionBlockOf(target) : null;
  if (!found) {
    const sections = $getRoot().getChildren().filter($isSectionNode);
    const section = (firstBelow(editor, sections, y)?.node ?? sections.at(-1)) as (typeof sections)[number] | undefined;
    if (!section) return null;
    found = { section, block: null };
  }
  const { section } = found;
  let block = found.block;
  let rect = block ? rectOf(editor, block) : null;
  if (!block) {
    const below = firstBelow(editor, $blocksOf(section), y);
    block = below?.node ?? null;
    rect = below?.rect ?? null;
  }
  const sectionRect = rectOf(editor, section);
  if (!block || !rect) {
    const last = $lastBlockOf(section);
    const lastRect = last ? rectOf(editor, last) : null;
    const bottom = lastRect?.bottom ?? sectionRect?.bottom ?? y;
    return { place: { section, block: null, before: false }, line: line(sectionRect, bottom) };
  }
  const before = y < rect.top + rect.height / 2;
  return { place: { section, block, before }, line: line(sectionRect ?? rect, before ? rect.top : rect.bottom) };
}

function line(around: DOMRect | null, top: number): DropTarget['line'] {
  return { top, left: around?.left ?? 0, width: around?.width ?? 0 };
}

/** Listens to the editor's root element, whichever it is over time. */
function listenOnRoot<K extends keyof HTMLElementEventMap>(editor: LexicalEditor, type: K, listener: (event: HTMLElementEventMap[K]) => void): () => void {
  let current: HTMLElement | null = null;
  const unregister = editor.registerRootListener((root) => {
    current?.removeEventListener(type, listener);
    current = root;
    current?.addEventListener(type, listener);
  });
  return () => {
    unregister();
    current?.removeEventListener(type, listener);
  };
}

/**
 * Library items dragged from the library panel drop into the document as
 * their nodes, between blocks, with a line showing where while dragging.
 */
export function DropPlugin({ template }: { template: Template }) {
  const [editor] = useLexicalComposerContext();
  const insert = useLibraryInsert(template);
  const indicator = useRef<HTMLDivElement>(null);
  const report = useReportError();
  const source = useId();

  useEffect(() => {
    const hide = () => {
      if (indicator.current) indicator.current.hidden = true;
    };
    const show = ({ top, left, width }: DropTarget['line']) => {
      const element = indicator.current;
      if (!element) return;
      element.hidden = false;
      // Set through the CSS object model, which the page's CSP allows.
      element.style.top = `${top}px`;
      element.style.left = `${left}px`;
      element.style.width = `${width}px`;
    };
    const onDragLeave = (event: DragEvent) => {
      const root = editor.getRootElement();
      if (!root || !(event.relatedTarget instanceof Node) || !root.contains(event.relatedTarget)) hide();
    };
    return mergeRegister(
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!carriesLibraryItem(event.dataTransfer)) return false;
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
          const target = editor.read(() => $dropTarget(editor, event));
          if (target) show(target.line);
          else hide();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const item = readDraggedItem(event.dataTransfer);
          if (!item) return false;
          event.preventDefault();
          hide();
          const target = editor.read(() => $dropTarget(editor, event));
          const inserted = insert(item, target ? placeKeys(target.place) : null);
          report(source, inserted ? null : notInsertable(item.kind));
          if (inserted) editor.focus();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      listenOnRoot(editor, 'dragleave', onDragLeave),
      listenOnRoot(editor, 'dragend', hide),
      hide,
    );
  }, [editor, insert, report, source]);

  return <div ref={indicator} className="drop-indicator" aria-hidden="true" hidden />;
}
