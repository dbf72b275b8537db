import { memo, useCallback, useRef, useState } from 'react';
import { $isFootnoteNode, type FootnoteData, type FootnoteNode } from '../FootnoteNode';
import { useFootnoteNumber } from '../numbering';
import { FootnoteDialog } from './FootnoteDialog';
import { useNodeUpdate, useRemoveNode } from './useNodeCard';
import './nodes.css';

/** The start of a note, for the marker's name: enough to tell notes apart. */
export function noteStart(note: string, length = 60): string {
  const words = note.trim().replace(/\s+/g, ' ');
  return words.length <= length ? words : `${words.slice(0, length - 1).trimEnd()}…`;
}

/** A footnote's superscript number; activating it edits the note, hovering or focusing shows it. */
export const FootnoteMarker = memo(function FootnoteMarker({ nodeKey, data }: { nodeKey: string; data: FootnoteData }) {
  const number = useFootnoteNumber(nodeKey);
  const update = useNodeUpdate<FootnoteNode>(nodeKey, $isFootnoteNode);
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const shown = number === null ? '*' : String(number);
  const save = useCallback((note: string, sourceId: string | null) => update((node) => node.setData({ note, sourceId })), [update]);
  const remove = useRemoveNode(nodeKey);
  return (
    <span className="footnote-marker">
      <button ref={button} type="button" aria-label={`Footnote ${shown}: ${noteStart(data.note)}`} onClick={() => setEditing(true)}>
        <sup>{shown}</sup>
      </button>
      <span className="footnote-preview" aria-hidden="true">
        {data.note}
      </span>
      {editing && (
        <FootnoteDialog
          open
          note={data.note}
          sourceId={data.sourceId}
          onSave={save}
          onDelete={remove}
          onClose={() => {
            setEditing(false);
            button.current?.focus();
          }}
        />
      )}
    </span>
  );
});
