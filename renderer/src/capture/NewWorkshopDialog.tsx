import { useState, type FormEvent } from 'react';
import type { Input } from '../../../shared/contract';
import { useApi } from '../ApiContext';
import { Dialog } from '../commands/Dialog';
import { useLibraryChanged } from '../library-changes';
import { isoWithOffset } from '../library/dates';
import { emptyDraft, FORM_FIELDS, type Draft } from '../library/form/fields';
import { FormField } from '../library/form/FormField';
import { validate } from '../library/form/issues';
import { messageOf } from '../../../shared/errors';

/** What a rapporteur knows at the door: the rest of the workshop's form can wait. */
const QUICK_KEYS = new Set(['title', 'place', 'startDate', 'endDate']);
const QUICK_FIELDS = FORM_FIELDS.workshop.filter((field) => QUICK_KEYS.has(field.key));

function today(): string {
  return isoWithOffset(new Date()).slice(0, 10);
}

/** Creates a workshop from its title, place and dates, then captures into it. */
export function NewWorkshopDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const api = useApi();
  const libraryChanged = useLibraryChanged();
  const [draft, setDraft] = useState<Draft>(() => ({ ...emptyDraft('workshop'), startDate: today(), endDate: today() }));
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const issues = validate('workshop', QUICK_FIELDS, draft);

  const set = (key: string, value: unknown) =>
    setDraft((current) => {
      // A one-day workshop is the usual case: the end date follows the start until it is set apart.
      const follows = key === 'startDate' && current.endDate === current.startDate;
      return { ...current, [key]: value, ...(follows && { endDate: value }) };
    });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (issues.size > 0) {
      event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const workshop = await api['items.create']({ kind: 'workshop', data: draft } as Input<'items.create'>);
      libraryChanged();
      onCreated(workshop.id);
    } catch (error) {
      setProblem(`Not saved: ${messageOf(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title="New workshop" open={open} onClose={onClose}>
      <form className="quick-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {QUICK_FIELDS.map((field) => (
          <FormField key={field.key} field={field} draft={draft} set={set} issues={attempted ? issues.get(field.key) : undefined} />
        ))}
        {problem && (
          <p className="form-problems" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Create
          </button>
        </div>
      </form>
    </Dialog>
  );
}
