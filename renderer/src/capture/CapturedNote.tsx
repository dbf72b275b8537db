import { useState, type KeyboardEvent } from 'react';
import type { Input } from '../../../shared/contract';
import { useApi } from '../ApiContext';
import { useLibraryChanged } from '../library-changes';
import { clockTime } from '../library/dates';
import { NOTE_TYPE_NAMES } from '../library/form/fields';
import { attribution, lessonFromNote } from './lesson-from-note';
import type { NoteItem, Promotion } from './useWorkshopNotes';
import { messageOf } from '../../../shared/errors';

interface CapturedNoteProps {
  note: NoteItem;
  promotion: Promotion | null;
  onChanged(note: NoteItem): void;
  onPromoted(note: NoteItem, lesson: { id: string; title: string }): void;
  onDeleted(note: NoteItem): void;
}


/** One captured note: when, what kind, who, the words; promote it, edit it in place, or delete it. */
export function CapturedNote({ note, promotion, onChanged, onPromoted, onDeleted }: CapturedNoteProps) {
  const api = useApi();
  const libraryChanged = useLibraryChanged();
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = note;
  const who = attribution(data);
  const time = clockTime(data.time);

  const act = async (what: string, action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(`${what}: ${messageOf(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const promote = () =>
    act('Not promoted', async () => {
      const lesson = await api['items.create']({ kind: 'lesson', data: lessonFromNote(note.id, data) } as Input<'items.create'>);
      const title = lesson.kind === 'lesson' ? lesson.data.title : '';
      onPromoted(note, { id: lesson.id, title });
      libraryChanged();
    });

  const saveEdit = (text: string) =>
    act('Not saved', async () => {
      const saved = await api['items.update']({ kind: 'note', id: note.id, data: { text }, baseUpdatedAt: note.updatedAt });
      onChanged(saved as NoteItem);
      setEditing(null);
      libraryChanged();
    });

  const remove = () =>
    act('Not deleted', async () => {
      await api['items.delete']({ kind: 'note', id: note.id });
      onDeleted(note);
      libraryChanged();
    });

  const onEditKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && editing !== null) {
      event.preventDefault();
      void saveEdit(editing);
    }
  };

  return (
    <li className={`captured-note note-${data.noteType}`} aria-busy={busy}>
      <p className="captured-meta">
        {time && <time dateTime={data.time ?? undefined}>{time}</time>}
        <span className="captured-type">{NOTE_TYPE_NAMES[data.noteType]}</span>
        {who && <span className="captured-speaker">{who}</span>}
        {data.session && <span className="quiet">{data.session}</span>}
      </p>
      {editing === null ? (
        <p className="captured-text">{data.noteType === 'quote' ? `“${data.text}”` : data.text}</p>
      ) : (
        <textarea
          className="captured-edit"
          aria-label="Edit the note"
          rows={3}
          value={editing}
          autoFocus
          onChange={(event) => setEditing(event.target.value)}
          onKeyDown={onEditKeyDown}
        />
      )}
      <div className="row-actions">
        {editing === null ? (
          <>
            {promotion ? (
              <span>
                Promoted: <a href={`#/item/${promotion.lessonId}`}>{promotion.title}</a>
              </span>
            ) : (
              <button type="button" disabled={busy} onClick={() => void promote()}>
                Promote to lesson
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => setEditing(data.text)}>
              Edit
            </button>
            <button type="button" disabled={busy} onClick={() => void remove()}>
              Delete
            </button>
          </>
        ) : (
          <>
            <button type="button" disabled={busy} onClick={() => void saveEdit(editing)}>
              Save
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </>
        )}
      </div>
      {problem && (
        <p className="form-problems" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
