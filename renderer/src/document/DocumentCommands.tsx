import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useApi } from '../ApiContext';
import { Dialog } from '../commands/Dialog';
import { useCommands, type Command } from '../commands/commands';
import { useLibraryChanged } from '../library-changes';
import { useNavigation } from '../navigation';
import { useApiQuery } from '../useApiQuery';
import { messageOf } from '../../../shared/errors';

/** The app-wide document commands: "New document…" from any screen. */
export function DocumentCommands() {
  const [open, setOpen] = useState(false);
  const commands = useMemo<Command[]>(
    () => [{ id: 'document.new', title: 'New document…', group: 'Document', shortcut: 'Mod+Alt+N', run: () => setOpen(true) }],
    [],
  );
  useCommands(commands);
  return <NewDocumentDialog open={open} onClose={() => setOpen(false)} />;
}

function NewDocumentDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const api = useApi();
  const changed = useLibraryChanged();
  const { go } = useNavigation();
  const ids = { title: useId(), titleProblem: useId(), subtitle: useId(), author: useId() };
  const templates = useApiQuery('templates.list', open ? {} : null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [author, setAuthor] = useState('');
  const [titleMissing, setTitleMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (!open) return;
    setTitle('');
    setSubtitle('');
    setTitleMissing(false);
    setProblem(null);
  }, [open]);

  const list = templates.value ?? [];
  // The first template is the reference briefing note: chosen until the writer picks another.
  const chosen = templateId ?? list[0]?.id ?? null;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleMissing(true);
      document.getElementById(ids.title)?.focus();
      return;
    }
    if (!chosen) {
      setProblem('Choose a template first.');
      return;
    }
    setCreating(true);
    setProblem(null);
    try {
      const item = await api['documents.new']({ templateId: chosen, title, subtitle, author });
      changed();
      onClose();
      go({ view: 'document', id: item.id });
    } catch (error) {
      setProblem(`The document could not be created: ${messageOf(error)}`);
    } finally {
      setCreating(false);
    }
  };

  return (
    <Dialog title="New document" open={open} onClose={onClose} className="new-document-dialog">
      <form onSubmit={(event) => void create(event)} noValidate>
        <div role="radiogroup" aria-label="Template" className="template-choices">
          {templates.loading && list.length === 0 ? <p className="quiet">Loading the templates…</p> : null}
          {list.map((template) => (
            <TemplateChoice key={template.id} template={template} checked={chosen === template.id} onChoose={() => setTemplateId(template.id)} />
          ))}
        </div>
        <div className="field">
          <label htmlFor={ids.title}>Title</label>
          <input
            id={ids.title}
            type="text"
            value={title}
            required
            maxLength={300}
            aria-invalid={titleMissing && !title.trim()}
            aria-describedby={titleMissing && !title.trim() ? ids.titleProblem : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {titleMissing && !title.trim() ? (
            <p id={ids.titleProblem} className="field-problem">
              A title is required.
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.subtitle}>Subtitle</label>
          <input id={ids.subtitle} type="text" value={subtitle} maxLength={300} onChange={(event) => setSubtitle(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.author}>Author</label>
          <input id={ids.author} type="text" value={author} maxLength={200} onChange={(event) => setAuthor(event.target.value)} />
        </div>
        {problem ? <p role="alert" className="dialog-problem">{problem}</p> : null}
        <div className="dialog-actions">
          <button type="submit" disabled={creating}>
            Create
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface TemplateChoiceProps {
  template: { id: string; name: string; description: string; audience: string };
  checked: boolean;
  onChoose(): void;
}

function TemplateChoice({ template, checked, onChoose }: TemplateChoiceProps) {
  const inputId = useId();
  const descriptionId = useId();
  return (
    <div className={checked ? 'template-choice is-chosen' : 'template-choice'}>
      <input id={inputId} type="radio" name="new-document-template" value={template.id} checked={checked} onChange={onChoose} aria-describedby={descriptionId} />
      <label htmlFor={inputId} className="template-name">
        {template.name}
      </label>
      <p id={descriptionId} className="template-description">
        {template.description}
        {template.audience ? <span className="quiet"> Audience: {template.audience}.</span> : null}
      </p>
    </div>
  );
}
