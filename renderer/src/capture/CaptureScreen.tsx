import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Input } from '../../../shared/contract';
import { NOTE_TYPES } from '../../../shared/domain';
import { useApi } from '../ApiContext';
import { useCommands, type Command } from '../commands/commands';
import { useLibraryChanged } from '../library-changes';
import { isoWithOffset } from '../library/dates';
import { NOTE_TYPE_NAMES } from '../library/form/fields';
import { useNavigation } from '../navigation';
import { useApiQuery } from '../useApiQuery';
import { CapturedNote } from './CapturedNote';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { useWorkshopNotes, type NoteItem } from './useWorkshopNotes';
import './capture.css';
import { messageOf } from '../../../shared/errors';

type NoteType = (typeof NOTE_TYPES)[number];

/** Who is speaking in which session: kept between notes, and per workshop for the whole browser session. */
interface Context {
  session: string;
  speaker: string;
  speakerRole: string;
}

const EMPTY_CONTEXT: Context = { session: '', speaker: '', speakerRole: '' };

function contextKey(workshopId: string): string {
  return `rapporteur.capture.${workshopId}`;
}

function loadContext(workshopId: string): Context {
  try {
    const stored = JSON.parse(sessionStorage.getItem(contextKey(workshopId)) ?? 'null') as Partial<Context> | null;
    return { ...EMPTY_CONTEXT, ...stored };
  } catch {
    return EMPTY_CONTEXT;
  }
}

function storeContext(workshopId: string, context: Context): void {
  try {
    sessionStorage.setItem(contextKey(workshopId), JSON.stringify(context));
  } catch {
    // Without storage the fields still hold their values while the screen is open.
  }
}


/** Live note-taking during a workshop, by keyboard alone. */
export function CaptureScreen({ workshopId }: { workshopId: string | null }) {
  const { go } = useNavigation();
  const headingId = useId();
  const chooserId = useId();
  const [creating, setCreating] = useState(false);
  const { value: workshops } = useApiQuery('items.list', { kind: 'workshop', limit: 1000 });

  return (
    <section className="screen capture" aria-labelledby={headingId}>
      <h2 id={headingId}>Workshop capture</h2>
      <div className="capture-workshop">
        <label htmlFor={chooserId}>Workshop</label>
        <select id={chooserId} value={workshopId ?? ''} onChange={(event) => go({ view: 'capture', workshopId: event.target.value || null })}>
          <option value="">Choose a workshop…</option>
          {workshopId && !workshops?.items.some((workshop) => workshop.id === workshopId) && <option value={workshopId}>…</option>}
          {(workshops?.items ?? []).map((workshop) => (
            <option key={workshop.id} value={workshop.id}>
              {workshop.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setCreating(true)}>
          New workshop…
        </button>
      </div>
      {workshopId ? (
        <CaptureDesk key={workshopId} workshopId={workshopId} />
      ) : (
        <p className="quiet">Choose the workshop you are taking notes at, or start a new one.</p>
      )}
      {creating && (
        <NewWorkshopDialog
          open
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            go({ view: 'capture', workshopId: id });
          }}
        />
      )}
    </section>
  );
}

function CaptureDesk({ workshopId }: { workshopId: string }) {
  const api = useApi();
  const libraryChanged = useLibraryChanged();
  const ids = { session: useId(), speaker: useId(), role: useId(), note: useId(), hint: useId() };
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const [context, setContext] = useState<Context>(() => loadContext(workshopId));
  const [noteType, setNoteType] = useState<NoteType>('note');
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  const [deleted, setDeleted] = useState<NoteItem | null>(null);
  const { value: workshop } = useApiQuery('items.get', { id: workshopId, kind: 'workshop' });
  const { notes, remember, forget, promotionOf, loading } = useWorkshopNotes(workshopId);

  useEffect(() => storeContext(workshopId, context), [workshopId, context]);
  useEffect(() => noteBox.current?.focus(), []);
  // A note half typed is not saved until Enter: closing or reloading the page asks first.
  const typing = text.trim() !== '';
  useEffect(() => {
    if (!typing) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [typing]);

  // Alt+1…Alt+4 switch the type from anywhere on the screen, without leaving the note.
  const commands = useMemo<Command[]>(
    () =>
      NOTE_TYPES.map((type, index) => ({
        id: `capture.type-${type}`,
        title: `Capture as ${NOTE_TYPE_NAMES[type].toLowerCase()}`,
        group: 'Workshop',
        shortcut: `Alt+${index + 1}`,
        run: () => setNoteType(type),
      })),
    [],
  );
  useCommands(commands);

  const save = async () => {
    const typed = text;
    if (!typed.trim()) return;
    // The box clears at once so the next note can start; a failed save puts the words back.
    setText('');
    setFailure(null);
    const data = {
      workshopId,
      ...context,
      noteType,
      text: typed.trim(),
      time: isoWithOffset(new Date()),
      sourceIds: workshop?.kind === 'workshop' ? workshop.data.sourceIds : [],
    };
    try {
      const note = (await api['items.create']({ kind: 'note', data } as Input<'items.create'>)) as NoteItem;
      remember(note, null);
      libraryChanged();
    } catch (error) {
      setText((current) => (current ? `${typed}\n${current}` : typed));
      setFailure(`Not saved: ${messageOf(error)}`);
    }
  };

  const onNoteKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void save();
  };

  const onPromoted = useCallback((note: NoteItem, lesson: { id: string; title: string }) => {
    remember(note, { lessonId: lesson.id, title: lesson.title });
    setCreated(lesson);
  }, [remember]);

  const onDeleted = useCallback((note: NoteItem) => {
    forget(note.id);
    setDeleted(note);
  }, [forget]);

  const undoDelete = async (note: NoteItem) => {
    setDeleted(null);
    try {
      const restored = (await api['items.create']({ kind: 'note', id: note.id, data: note.data } as Input<'items.create'>)) as NoteItem;
      remember(restored, null);
      libraryChanged();
    } catch (error) {
      setFailure(`Not restored: ${messageOf(error)}`);
    }
  };

  // The undo offer stays a few seconds, long enough to notice a slip.
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), 10_000);
    return () => clearTimeout(timer);
  }, [deleted]);

  const field = (key: keyof Context, label: string, id: string) => (
    <div className="capture-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={context[key]} autoComplete="off" onChange={(event) => setContext({ ...context, [key]: event.target.value })} />
    </div>
  );

  return (
    <div className="capture-desk">
      <div className="capture-context">
        {field('session', 'Session', ids.session)}
        {field('speaker', 'Speaker', ids.speaker)}
        {field('speakerRole', 'Speaker’s role', ids.role)}
      </div>
      <div role="radiogroup" aria-label="Type" className="capture-types">
        {NOTE_TYPES.map((type, index) => (
          <label key={type}>
            <input
              type="radio"
              name={`note-type-${workshopId}`}
              value={type}
              checked={noteType === type}
              aria-keyshortcuts={`Alt+${index + 1}`}
              onChange={() => setNoteType(type)}
            />
            {NOTE_TYPE_NAMES[type]} <kbd aria-hidden="true">Alt+{index + 1}</kbd>
          </label>
        ))}
      </div>
      <div className="capture-note">
        <label htmlFor={ids.note}>Note</label>
        <textarea
          id={ids.note}
          ref={noteBox}
          rows={3}
          value={text}
          aria-describedby={ids.hint}
          aria-invalid={failure ? true : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onNoteKeyDown}
        />
        <p id={ids.hint} className="field-hint">
          Enter saves the note; Shift+Enter starts a new line. Alt+1 to Alt+4 change its type.
        </p>
      </div>
      {failure && (
        <p className="form-problems" role="alert">
          {failure}
        </p>
      )}
      <div role="status" className="capture-status">
        {created && (
          <p>
            Lesson created: {created.title}. <a href={`#/item/${created.id}/edit`}>Edit the lesson</a>
          </p>
        )}
        {deleted && (
          <p>
            Note deleted.{' '}
            <button type="button" className="link-button" onClick={() => void undoDelete(deleted)}>
              Undo
            </button>
          </p>
        )}
      </div>
      <h3 id={`${ids.note}-list`}>Captured notes</h3>
      {notes.length === 0 && !loading && <p className="quiet">No notes yet for this workshop.</p>}
      <ul className="captured-notes" aria-labelledby={`${ids.note}-list`} aria-busy={loading}>
        {notes.map((note) => (
          <CapturedNote key={note.id} note={note} promotion={promotionOf(note.id)} onChanged={remember} onPromoted={onPromoted} onDeleted={onDeleted} />
        ))}
      </ul>
    </div>
  );
}
