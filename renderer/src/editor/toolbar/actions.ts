import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $createFootnoteNode, $createPullQuoteNode, $isPullQuoteNode } from '../nodes';
import { $sectionBlockOf } from '../insert';

/** What a block of text is, as the toolbar shows it pressed. */
export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'pullquote' | 'bullet' | 'number' | 'other';

export interface FormatState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  block: BlockType;
  /** The address of the link the caret is in, or null. */
  link: string | null;
}

export const NO_FORMAT: FormatState = { bold: false, italic: false, underline: false, block: 'paragraph', link: null };

function $blockOf(node: LexicalNode): LexicalNode {
  const list = $getNearestNodeOfType(node, ListNode);
  if (list) return list;
  const found = $sectionBlockOf(node);
  // A table's cells hold blocks of their own: the one around the caret is what a button changes.
  const top = node.getTopLevelElement();
  if (found?.block && top && top !== found.block) return top;
  return found?.block ?? node;
}

/** The formats at the caret, read from the current selection (inside a read or update). */
export function $formatState(): FormatState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_FORMAT;
  const anchor = selection.anchor.getNode();
  const block = $blockOf(anchor);
  const linkNode = $isLinkNode(anchor.getParent()) ? anchor.getParent() : $isLinkNode(anchor) ? anchor : null;
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    block: blockTypeOf(block),
    link: $isLinkNode(linkNode) ? linkNode.getURL() : null,
  };
}

function blockTypeOf(block: LexicalNode): BlockType {
  if ($isListNode(block)) return block.getListType() === 'number' ? 'number' : 'bullet';
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(block)) return 'quote';
  if ($isPullQuoteNode(block)) return 'pullquote';
  if (block.getType() === 'paragraph') return 'paragraph';
  return 'other';
}

/**
 * Runs an edit on the selection the writer last had, even when a dialog or
 * the command palette has taken the focus since.
 */
export function updateAtSelection(editor: LexicalEditor, saved: BaseSelection | null, edit: () => void): void {
  editor.update(() => {
    if (!$getSelection() && saved && saved.getNodes().every((node) => $getNodeByKey(node.getKey()) !== null)) {
      $setSelection(saved.clone());
    }
    edit();
  });
}

/** Puts back the writer's last selection when nothing is selected now, for commands that act on it. */
function restoreSelection(editor: LexicalEditor, saved: BaseSelection | null): void {
  updateAtSelection(editor, saved, () => {});
}

/** Makes the blocks at the caret into a kind of block, or back into paragraphs when they already are. */
export function toggleBlock(editor: LexicalEditor, current: BlockType, wanted: BlockType, saved: BaseSelection | null): void {
  if (wanted === 'bullet' || wanted === 'number') {
    restoreSelection(editor, saved);
    if (current === wanted) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(wanted === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  const target = current === wanted ? 'paragraph' : wanted;
  updateAtSelection(editor, saved, () => {
    const create = () => {
      switch (target) {
        case 'h2':
        case 'h3':
          return $createHeadingNode(target);
        case 'quote':
          return $createQuoteNode();
        case 'pullquote':
          return $createPullQuoteNode();
        default:
          return $createParagraphNode();
      }
    };
    $setBlocksType($getSelection(), create);
  });
}

export function formatText(editor: LexicalEditor, format: 'bold' | 'italic' | 'underline', saved: BaseSelection | null): void {
  restoreSelection(editor, saved);
  editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
}

export function undo(editor: LexicalEditor): void {
  editor.dispatchCommand(UNDO_COMMAND, undefined);
}

export function redo(editor: LexicalEditor): void {
  editor.dispatchCommand(REDO_COMMAND, undefined);
}

export function insertTable(editor: LexicalEditor, saved: BaseSelection | null): void {
  restoreSelection(editor, saved);
  editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } });
}

/** Links the selected words to an address (null unlinks); with nothing selected, the address is the link's text. */
export function applyLink(editor: LexicalEditor, url: string | null, saved: BaseSelection | null): void {
  updateAtSelection(editor, saved, () => {
    const selection = $getSelection();
    if (url && $isRangeSelection(selection) && selection.isCollapsed() && !$isLinkNode(selection.anchor.getNode().getParent())) {
      const text = $createTextNode(url);
      selection.insertNodes([text]);
      text.select(0, url.length);
    }
  });
  editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
}

/** A footnote marker after the selected words (they stay), with its note. */
export function insertFootnote(editor: LexicalEditor, note: string, sourceId: string | null, saved: BaseSelection | null): void {
  updateAtSelection(editor, saved, () => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const end = selection.isBackward() ? selection.anchor : selection.focus;
    selection.anchor.set(end.key, end.offset, end.type);
    selection.focus.set(end.key, end.offset, end.type);
    const footnote = $createFootnoteNode(note.trim(), sourceId);
    selection.insertNodes([footnote]);
    footnote.selectNext();
  });
}
