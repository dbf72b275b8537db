import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Input } from '../../../shared/contract';
import type { Item } from '../../../shared/domain';
import { ApiError, messageOf } from '../../../shared/errors';
import type { Kind } from '../../../shared/kinds';
import { useApi } from '../ApiContext';
import { useCommands, type Command } from '../commands/commands';
import { useLibraryChanged } from '../library-changes';
import { useNavigation } from '../navigation';
import { useApiQuery } from '../useApiQuery';
import { ConfirmDialog } from './ConfirmDialog';
import { clearDraft, draftKey, loadDraft, storeDraft } from './form/draft-store';
import { changedKeys, emptyDraft, fieldsFor, FORM_FIELDS, type Draft, type Mode } from './form/fields';
import { FormField } from './form/FormField';
import { FORM_LEVEL, validate } from './form/issues';
import { withoutStrayAnswers } from './form/QuestionsWidget';
import { kindLabel } from './kind-names';
import { UsedBy } from './UsedBy';
import { ariaShortcut } from '../commands/shortcuts';


function isKind(value: string | undefined): value is Kind {
  return value !== undefined && Object.hasOwn(FORM_FIELDS, value);
}

/** Create (`kind`) or edit (`id`) an item of any kind, in the form its fields declare. */
export function ItemForm({ kind, id }: { kind?: Kind; id?: string }) {
  const { value: item, loading } = useApiQuery('items.get', id ? { id } : null);
  if (id) {
    if (!item) {
      // A failed read is explained in the alert region; this says what it means here.
      return (
        <section className="screen item-form" aria-busy={loading} aria-label="Opening the item">
          <p className="quiet">{loading ? 'Opening…' : 'This item could not be opened for editing.'}</p>
        </section>
      );
    }
    // A newer version (saved elsewhere) starts the form afresh; unsaved edits come back from the draft store.
    return <LoadedForm key={`${item.id}@${item.updatedAt}`} kind={item.kind} mode="edit" item={item} />;
  }
  if (!isKind(kind)) {
    return (
      <section className="screen item-form" aria-label="New item">
        <p>The library has no kind of item called “{kind}”.</p>
      </section>
    );
  }
  return <LoadedForm kind={kind} mode="create" item={null} />;
}

/** What the form's data is saved as: a comparison keeps only the answers of the units it compares. */
function prepare(kind: Kind, draft: Draft): Draft {
  return kind === 'comparison' ? withoutStrayAnswers(draft) : draft;
}

function LoadedForm({ kind, mode, item }: { kind: Kind; mode: Mode; item: Item | null }) {
  const api = useApi();
  const libraryChanged = useLibraryChanged();
  const { go } = useNavigation();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const fields = useMemo(() => fieldsFor(kind, mode), [kind, mode]);
  const storageKey = draftKey(kind, item?.id);
  // The item as it was opened: edits are measured against it, and saved only if no one changed it since.
  const [original] = useState<Draft>(() => (item ? (item.data as Draft) : emptyDraft(kind)));
  const [restored, setRestored] = useState(() => loadDraft(storageKey));
  const [baseUpdatedAt] = useState(() => restored?.baseUpdatedAt ?? item?.updatedAt);
  const [draft, setDraft] = useState<Draft>(() => restored?.draft ?? original);
  // Bumped to start the controls afresh when restored edits are discarded.
  const [generation, setGeneration] = useState(0);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempts, setAttempts] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [conflict, setConflict] = useState(false);

  const prepared = useMemo(() => prepare(kind, draft), [kind, draft]);
  const issues = useMemo(() => validate(kind, fields, prepared), [kind, fields, prepared]);
  const changes = useMemo(() => changedKeys(original, prepared), [original, prepared]);
  const dirty = changes.length > 0;
  const label = kindLabel(kind);
  const title = `${mode === 'create' ? 'New' : 'Edit'} ${label}`;

  const set = useCallback((key: string, value: unknown) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  }, []);

  useEffect(() => {
    if (dirty) storeDraft(storageKey, { draft, baseUpdatedAt });
    else clearDraft(storageKey);
  }, [dirty, draft, storageKey, baseUpdatedAt]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // After a refused save, the first problem takes the focus.
  useEffect(() => {
    if (attempts === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-problems')?.focus();
  }, [attempts]);

  const leave = useCallback(() => {
    clearDraft(storageKey);
    if (item) go({ view: 'item', id: item.id });
    else if (window.history.length > 1) window.history.back();
    else go({ view: 'home' });
  }, [go, item, storageKey]);

  /** `overwrite`: after a conflict, the user chose to save their edits over the newer version. */
  const save = async (overwrite = false) => {
    if (saving) return;
    if (issues.size > 0) {
      setAttempts((count) => count + 1);
      return;
    }
    if (item && !dirty) {
      leave();
      return;
    }
    setSaving(true);
    setSaveError(null);
    setConflict(false);
    try {
      let saved: Item;
      if (item) {
        const patch = Object.fromEntries(changes.map((key) => [key, prepared[key]]));
        saved = await api['items.update']({ kind, id: item.id, data: patch, baseUpdatedAt: overwrite ? undefined : baseUpdatedAt });
      } else if (kind === 'document') {
        // A new document starts from its template's sections, which only the core knows how to lay out.
        const { templateId, title: documentTitle, author } = prepared as { templateId: string; title: string; author: string };
        saved = await api['documents.new']({ templateId, title: documentTitle, author });
      } else {
        saved = await api['items.create']({ kind, data: prepared } as Input<'items.create'>);
      }
      clearDraft(storageKey);
      libraryChanged();
      go(saved.kind === 'document' && !item ? { view: 'document', id: saved.id } : { view: 'item', id: saved.id });
    } catch (error) {
      setSaveError(`Not saved: ${messageOf(error)}`);
      setConflict(error instanceof ApiError && error.type === 'conflict');
      setSaving(false);
    }
  };
  const latestSave = useRef(save);
  latestSave.current = save;

  const commands = useMemo<Command[]>(
    () => [{ id: 'item.save', title: 'Save the item', group: 'Library', shortcut: 'Mod+S', run: () => void latestSave.current() }],
    [],
  );
  useCommands(commands);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const shownIssues = (key: string, covers: readonly string[] = []) =>
    attempts > 0 || touched.has(key) || covers.some((other) => touched.has(other)) ? issues.get(key) : undefined;
  const formProblems = issues.get(FORM_LEVEL);

  return (
    <section className="screen item-form-screen">
      <form ref={form} className="item-form" aria-labelledby={headingId} noValidate onSubmit={onSubmit}>
        <h2 id={headingId}>{title}</h2>
        {restored && (
          <p className="form-notice">
            Your unsaved edits to this {label} were brought back.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                clearDraft(storageKey);
                setRestored(null);
                setDraft(original);
                setTouched(new Set());
                setGeneration((value) => value + 1);
              }}
            >
              Discard them
            </button>
          </p>
        )}
        <div className="form-fields" key={generation}>
          {fields.map((field) => (
            <FormField key={field.key} field={field} draft={draft} set={set} issues={shownIssues(field.key, field.covers)} />
          ))}
        </div>
        {attempts > 0 && issues.size > 0 && (
          <div className="form-problems" role="alert" tabIndex={-1}>
            <p>
              Not saved: {issues.size === 1 ? 'one field needs' : `${issues.size} fields need`} attention.
            </p>
            {formProblems && (
              <ul>
                {formProblems.map((problem, index) => (
                  <li key={index}>{problem.message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {saveError && (
          <div className="form-problems" role="alert">
            <p>{saveError}</p>
            {conflict && (
              <div className="row-actions">
                <button type="button" onClick={() => void save(true)}>
                  Save mine over theirs
                </button>
                <button
                  type="button"
                  onClick={() => {
                    // Reading the library again brings the newer version, and the form starts afresh from it.
                    clearDraft(storageKey);
                    libraryChanged();
                  }}
                >
                  Discard mine and load theirs
                </button>
              </div>
            )}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" aria-keyshortcuts={ariaShortcut('Mod+S')} disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={() => (dirty ? setConfirmingCancel(true) : leave())}>
            Cancel
          </button>
        </div>
      </form>
      {item && <UsedBy id={item.id} onOpen={(id) => go({ view: 'item', id })} />}
      <ConfirmDialog
        title="Discard your changes?"
        open={confirmingCancel}
        message={`Your changes to this ${label} have not been saved. Discard them?`}
        confirm="Discard changes"
        cancel="Keep editing"
        onConfirm={() => {
          setConfirmingCancel(false);
          leave();
        }}
        onCancel={() => setConfirmingCancel(false)}
      />
    </section>
  );
}
