import { useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import type { Snippet as SnippetSegments } from '../../../shared/contract';
import type { Kind } from '../../../shared/domain';
import { writeDraggedItem } from '../drag';
import { KindBadge } from './KindBadge';
import { Snippet } from './Snippet';

/** One line of the library list: a search result (with its snippet) or a listed item. */
export interface ResultRow {
  id: string;
  kind: Kind;
  title: string;
  snippet?: SnippetSegments;
}

export interface ResultListHandle {
  focusFirst(): void;
}

interface ResultListProps {
  label: string;
  rows: readonly ResultRow[];
  openId: string | null;
  onOpen: (id: string) => void;
  /** Arrow Up on the first result, or Escape: back to the search box. */
  onLeave: (reason: 'up' | 'escape') => void;
  ref?: Ref<ResultListHandle>;
}

/**
 * The results as buttons with one tab stop: arrow keys, Home and End move
 * between them, Enter (or a click) opens one.
 */
export function ResultList({ label, rows, openId, onOpen, onLeave, ref }: ResultListProps) {
  const list = useRef<HTMLUListElement>(null);
  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button.result') ?? [])];
  useImperativeHandle(ref, () => ({ focusFirst: () => buttons()[0]?.focus() }), []);

  const openIndex = rows.findIndex((row) => row.id === openId);
  const tabStop = openIndex === -1 ? 0 : openIndex;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = buttons();
    const index = all.indexOf(event.target as HTMLButtonElement);
    if (index === -1) return;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(index + 1, all.length - 1);
        break;
      case 'ArrowUp':
        if (index === 0) {
          event.preventDefault();
          onLeave('up');
          return;
        }
        next = index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = all.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        onLeave('escape');
        return;
      default:
        return;
    }
    event.preventDefault();
    all[next]?.focus();
  };

  return (
    <ul className="results" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {rows.map((row, index) => (
        <li key={row.id}>
          <button
            type="button"
            className="result"
            tabIndex={index === tabStop ? 0 : -1}
            aria-current={row.id === openId ? 'true' : undefined}
            onClick={() => onOpen(row.id)}
            // Dragged into a document, a result is inserted where it is dropped.
            draggable
            onDragStart={(event) => writeDraggedItem(event.dataTransfer, { id: row.id, kind: row.kind, title: row.title })}
          >
            <span className="result-heading">
              <KindBadge kind={row.kind} />
              <span className="result-title">{row.title}</span>
            </span>
            {row.snippet && row.snippet.length > 0 && <Snippet segments={row.snippet} />}
          </button>
        </li>
      ))}
    </ul>
  );
}
