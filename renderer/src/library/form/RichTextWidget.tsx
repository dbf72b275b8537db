import { AutoLinkNode, LinkNode } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { FORMAT_TEXT_COMMAND } from 'lexical';
import { useState } from 'react';
import type { WidgetProps } from './widget-props';

/** The nodes a library item's rich text may hold, so a stored body loads with all its formatting. */
const NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode];

/** Only web and mail links, as the rest of the app allows. */
const isSafeUrl = (url: string) => /^(https?:|mailto:)/i.test(url);

function hasBlocks(value: unknown): boolean {
  const root = (value as { root?: { children?: unknown[] } } | null)?.root;
  return Array.isArray(root?.children) && root.children.length > 0;
}

function Toolbar({ label }: { label: string }) {
  const [editor] = useLexicalComposerContext();
  const buttons: [name: string, run: () => void][] = [
    ['Bold', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')],
    ['Italic', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')],
    ['Bulleted list', () => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)],
    ['Numbered list', () => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)],
  ];
  return (
    <div role="toolbar" aria-label={`${label} formatting`} className="rich-text-toolbar">
      {buttons.map(([name, run]) => (
        <button key={name} type="button" onMouseDown={(event) => event.preventDefault()} onClick={run}>
          {name}
        </button>
      ))}
    </div>
  );
}

/**
 * A compact rich text editor whose state is the stored rich text itself
 * (Lexical's serialized JSON): whatever formatting the stored body has is kept.
 */
export function RichTextWidget({ field, value, set, inputId, labelId, describedBy, issues }: WidgetProps) {
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: `item-${field.key}`,
    nodes: NODES,
    // An empty root is no place for a caret: Lexical's own empty paragraph stands in for it.
    editorState: hasBlocks(value) ? JSON.stringify(value) : undefined,
    onError: (error) => {
      throw error;
    },
  }));
  return (
    <div className="rich-text-field">
      <LexicalComposer initialConfig={initialConfig}>
        <Toolbar label={field.label} />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              id={inputId}
              className="rich-text-input"
              ariaLabelledBy={labelId}
              ariaDescribedBy={describedBy}
              ariaInvalid={Boolean(issues?.length) || undefined}
              ariaMultiline
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <OnChangePlugin ignoreSelectionChange onChange={(state) => set(field.key, state.toJSON())} />
      </LexicalComposer>
    </div>
  );
}
