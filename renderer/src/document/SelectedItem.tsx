import { useId } from 'react';
import { itemTitle } from '../../../shared/kinds';
import type { Item } from '../../../shared/domain';
import { richTextToPlain } from '../../../shared/richtext';
import { kindLabel } from '../library/kind-names';
import { useLibrarySelection } from '../library-selection';
import { useNavigation } from '../navigation';
import { useApiQuery } from '../useApiQuery';
import { ariaShortcut } from '../commands/shortcuts';

const EXCERPT_LENGTH = 220;

/** A few lines that say what the item is, whatever its kind. */
function excerpt(item: Item): string {
  const text = (() => {
    switch (item.kind) {
      case 'lesson':
        return item.data.quote?.text ?? richTextToPlain(item.data.body);
      case 'source':
      case 'unit':
        return item.data.summary;
      case 'note':
      case 'commitment':
        return item.data.text;
      case 'comparison':
        return `${item.data.questions.length} questions across ${item.data.unitIds.length} delivery units.`;
      case 'workshop':
        return [item.data.place, item.data.startDate].filter(Boolean).join(', ');
      case 'table':
        return item.data.columns.map((column) => column.label).join(', ');
      case 'document':
        return '';
    }
  })().replace(/\s+/g, ' ');
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
}

/** The library item chosen in the library panel while the document is open, or null. */
export function useSelectedLibraryItem(): Item | null {
  const { selectedId } = useLibrarySelection();
  const { value: item } = useApiQuery('items.get', selectedId ? { id: selectedId } : null);
  return selectedId && item?.id === selectedId ? item : null;
}

/** Why the last insertion did not happen, in words a person can act on. */
export function notInsertedMessage(item: Item): string {
  return `The ${kindLabel(item.kind)} could not be inserted here. Put the cursor in a section of the document, then try again.`;
}

interface SelectedItemProps {
  item: Item | null;
  onInsert(): void;
  /** Set when inserting this item failed. */
  problem: string | null;
}

/** The library item chosen in the library panel, ready to insert without leaving the document. */
export function SelectedItem({ item, onInsert, problem }: SelectedItemProps) {
  const headingId = useId();
  const { go } = useNavigation();
  if (!item) return null;
  const summary = excerpt(item);
  return (
    <section className="panel-part selected-item" aria-labelledby={headingId}>
      <h3 id={headingId}>Selected library item</h3>
      <p className="selected-title">
        <strong>{itemTitle(item)}</strong> <span className="quiet">({kindLabel(item.kind)})</span>
      </p>
      {summary ? <p className="selected-excerpt">{summary}</p> : null}
      <div className="panel-actions">
        <button type="button" onClick={onInsert} aria-keyshortcuts={ariaShortcut('Mod+Shift+I')}>
          Insert into document
        </button>
        <button type="button" onClick={() => go({ view: 'item', id: item.id })}>
          Open in library
        </button>
      </div>
      {problem ? (
        <p role="alert" className="panel-problem">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
