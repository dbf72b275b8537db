import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  type BaseSelection,
} from 'lexical';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { displayShortcut } from '../../commands/shortcuts';
import { useCommands, type Command } from '../../commands/commands';
import {
  $formatState,
  applyLink,
  formatText,
  insertFootnote,
  insertTable,
  NO_FORMAT,
  redo,
  toggleBlock,
  undo,
  type BlockType,
  type FormatState,
} from './actions';
import { FootnoteDialog } from '../nodes';
import { LinkDialog } from './LinkDialog';

interface Button {
  /** The command it shares with the palette, or its own name. */
  id: string;
  label: string;
  /** What the button shows; its accessible name is the label. */
  face: string;
  pressed?: boolean;
  disabled?: boolean;
  shortcut?: string;
  /** The keys Lexical itself handles, shown in the tooltip only. */
  keys?: string;
  run(): void;
}

function sameFormat(a: FormatState, b: FormatState): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.block === b.block && a.link === b.link;
}

/**
 * The formatting toolbar (role=toolbar, arrow keys move between its buttons)
 * and the same actions as commands in the palette, with the link and footnote dialogs.
 */
export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const [format, setFormat] = useState<FormatState>(NO_FORMAT);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [dialog, setDialog] = useState<'link' | 'footnote' | null>(null);
  // The writer's last selection, for actions started from a dialog or the palette, which take the focus.
  const lastSelection = useRef<BaseSelection | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            if ($isRangeSelection(selection)) lastSelection.current = selection.clone();
            const next = $formatState();
            setFormat((current) => (sameFormat(current, next) ? current : next));
          });
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (can) => (setCanUndo(can), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (can) => (setCanRedo(can), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const latest = useRef(format);
  latest.current = format;

  const commands = useMemo<Command[]>(() => {
    const saved = () => lastSelection.current;
    const block = (wanted: BlockType) => () => {
      toggleBlock(editor, latest.current.block, wanted, saved());
      editor.focus();
    };
    const command = (id: string, title: string, run: () => void, shortcut?: string): Command => ({ id, title, group: 'Editor', run, shortcut });
    return [
      command('editor.bold', 'Bold', () => formatText(editor, 'bold', saved())),
      command('editor.italic', 'Italic', () => formatText(editor, 'italic', saved())),
      command('editor.underline', 'Underline', () => formatText(editor, 'underline', saved())),
      command('editor.heading2', 'Heading', block('h2'), 'Mod+Alt+2'),
      command('editor.heading3', 'Subheading', block('h3'), 'Mod+Alt+3'),
      command('editor.paragraph', 'Paragraph (normal text)', block('paragraph'), 'Mod+Alt+0'),
      command('editor.bullets', 'Bulleted list', block('bullet'), 'Mod+Alt+8'),
      command('editor.numbered', 'Numbered list', block('number'), 'Mod+Alt+7'),
      command('editor.quote', 'Quote', block('quote')),
      command('editor.pullquote', 'Insert a pull quote', block('pullquote'), 'Mod+Alt+Q'),
      command('editor.link', 'Insert a link…', () => setDialog('link'), 'Mod+Shift+K'),
      command('editor.footnote', 'Insert a footnote…', () => setDialog('footnote'), 'Mod+Alt+F'),
      command('editor.table', 'Insert a table', () => {
        insertTable(editor, saved());
        editor.focus();
      }),
      command('editor.undo', 'Undo', () => undo(editor)),
      command('editor.redo', 'Redo', () => redo(editor)),
    ];
  }, [editor]);
  useCommands(commands);

  const byId = new Map(commands.map((entry) => [entry.id, entry]));
  const button = (id: string, label: string, face: string, extra: Partial<Button> = {}): Button => ({
    id,
    label,
    face,
    shortcut: byId.get(id)?.shortcut,
    run: () => byId.get(id)?.run(),
    ...extra,
  });
  const buttons: Button[] = [
    button('editor.bold', 'Bold', 'B', { pressed: format.bold, keys: 'Mod+B' }),
    button('editor.italic', 'Italic', 'I', { pressed: format.italic, keys: 'Mod+I' }),
    button('editor.underline', 'Underline', 'U', { pressed: format.underline, keys: 'Mod+U' }),
    button('editor.heading2', 'Heading', 'H2', { pressed: format.block === 'h2' }),
    button('editor.heading3', 'Subheading', 'H3', { pressed: format.block === 'h3' }),
    button('editor.paragraph', 'Paragraph', '¶', { pressed: format.block === 'paragraph' }),
    button('editor.bullets', 'Bulleted list', '• List', { pressed: format.block === 'bullet' }),
    button('editor.numbered', 'Numbered list', '1. List', { pressed: format.block === 'number' }),
    button('editor.quote', 'Quote', '“ Quote', { pressed: format.block === 'quote' }),
    button('editor.link', 'Link…', 'Link…', { pressed: format.link !== null }),
    button('editor.table', 'Table', 'Table'),
    button('editor.footnote', 'Footnote…', 'Footnote…'),
    button('editor.pullquote', 'Pull quote', 'Pull quote', { pressed: format.block === 'pullquote' }),
    button('editor.undo', 'Undo', 'Undo', { disabled: !canUndo, keys: 'Mod+Z' }),
    button('editor.redo', 'Redo', 'Redo', { disabled: !canRedo, keys: 'Mod+Shift+Z' }),
  ];

  return (
    <>
      <FormattingBar buttons={buttons} />
      <LinkDialog
        open={dialog === 'link'}
        current={format.link}
        onClose={() => setDialog(null)}
        onApply={(url) => {
          setDialog(null);
          applyLink(editor, url, lastSelection.current);
          editor.focus();
        }}
      />
      {/* The same dialog edits a footnote from its marker; a new one starts empty. */}
      <FootnoteDialog
        open={dialog === 'footnote'}
        note=""
        sourceId={null}
        onClose={() => setDialog(null)}
        onSave={(note, sourceId) => {
          insertFootnote(editor, note, sourceId, lastSelection.current);
          editor.focus();
        }}
      />
    </>
  );
}

function FormattingBar({ buttons }: { buttons: Button[] }) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (index: number) => {
    const next = (index + buttons.length) % buttons.length;
    setActive(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(active + 1),
      ArrowLeft: () => move(active - 1),
      Home: () => move(0),
      End: () => move(buttons.length - 1),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting" aria-orientation="horizontal" onKeyDown={onKeyDown}>
      {buttons.map((entry, index) => {
        const keys = entry.shortcut ?? entry.keys;
        return (
          <button
            key={entry.id}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            className={`editor-tool editor-tool-${entry.id.replace('editor.', '')}`}
            aria-label={entry.label}
            // The face ("H2", "1. List") is drawn by CSS: a picture of the action, while
            // the name is its label, so the two never disagree for assistive technology.
            data-face={entry.face}
            aria-pressed={entry.pressed}
            aria-disabled={entry.disabled || undefined}
            title={keys ? `${entry.label} (${displayShortcut(keys)})` : entry.label}
            tabIndex={index === active ? 0 : -1}
            // Keeps the caret in the text while the mouse clicks a button.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setActive(index)}
            onClick={() => {
              if (!entry.disabled) entry.run();
            }}
          />
        );
      })}
    </div>
  );
}
