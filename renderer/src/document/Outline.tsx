import type { Ref } from 'react';
import { describeEntry, type OutlineEntry } from './outline';

interface OutlineProps {
  entries: readonly OutlineEntry[];
  onGo(sectionId: string): void;
}

function remark(entry: OutlineEntry): string | null {
  if (entry.missing) return 'missing';
  if (entry.empty) return 'empty';
  if (entry.overBudget) return 'over budget';
  return null;
}

/** The template's sections in order with their word counts; each goes to its section. */
export function Outline({ entries, onGo, ref }: OutlineProps & { ref?: Ref<HTMLElement> }) {
  return (
    <nav ref={ref} className="panel-part outline" aria-label="Outline">
      <h3>Outline</h3>
      <ol>
        {entries.map((entry) => {
          const note = remark(entry);
          return (
            <li key={entry.sectionId}>
              <button
                type="button"
                className={`outline-entry${entry.empty ? ' is-empty' : ''}${entry.overBudget ? ' is-over' : ''}`}
                disabled={entry.missing}
                onClick={() => onGo(entry.sectionId)}
              >
                {describeEntry(entry)}
                {note ? <span className="outline-remark"> ({note})</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
