import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getNodeByKey, $getSelection, $isRangeSelection, type NodeKey } from 'lexical';
import { useEffect, useId, useMemo, useState } from 'react';
import { useCommands } from '../../../commands/commands';
import { $isPullQuoteNode } from '../PullQuoteNode';
import { NodeDialog } from './NodeDialog';

/** The pull quote the caret is in, if any. */
function $caretPullQuote(): NodeKey | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const quote = $findMatchingParent(selection.anchor.getNode(), $isPullQuoteNode);
  return quote ? quote.getKey() : null;
}

/**
 * Offers "Set the pull quote’s attribution…" (editor.pullquote-attribution)
 * while the caret is in a pull quote; the quote's words are edited in place.
 */
export function PullQuoteAttributionPlugin() {
  const [editor] = useLexicalComposerContext();
  const [quoteKey, setQuoteKey] = useState<NodeKey | null>(null);
  const [editing, setEditing] = useState<{ key: NodeKey; attribution: string } | null>(null);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        // Cheap per keystroke: a walk from the caret up to the section.
        setQuoteKey(editorState.read($caretPullQuote));
      }),
    [editor],
  );

  const commands = useMemo(
    () =>
      quoteKey === null
        ? []
        : [
            {
              id: 'editor.pullquote-attribution',
              title: 'Set the pull quote’s attribution…',
              group: 'Editor',
              run: () => {
                const attribution = editor.getEditorState().read(() => {
                  const node = $getNodeByKey(quoteKey);
                  return $isPullQuoteNode(node) ? node.getAttribution() : null;
                });
                if (attribution !== null) setEditing({ key: quoteKey, attribution });
              },
            },
          ],
    [editor, quoteKey],
  );
  useCommands(commands);

  const close = () => {
    setEditing(null);
    editor.focus();
  };
  return (
    <NodeDialog title="Pull quote attribution" open={editing !== null} onClose={close}>
      {editing && (
        <AttributionForm
          attribution={editing.attribution}
          onSave={(attribution) => {
            editor.update(() => {
              const node = $getNodeByKey(editing.key);
              if ($isPullQuoteNode(node)) node.setAttribution(attribution);
            });
            close();
          }}
          onCancel={close}
        />
      )}
    </NodeDialog>
  );
}

function AttributionForm({ attribution, onSave, onCancel }: { attribution: string; onSave: (value: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(attribution);
  const id = useId();
  return (
    <form
      className="node-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value.trim());
      }}
    >
      <label htmlFor={id}>Attribution</label>
      <input id={id} type="text" value={value} placeholder="Who said it, e.g. a minister" onChange={(event) => setValue(event.target.value)} />
      <div className="node-form-buttons">
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
