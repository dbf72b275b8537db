import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { Version } from '../../../shared/contract';
import type { ItemOf } from '../../../shared/domain';
import type { RichText } from '../../../shared/richtext';
import type { Template } from '../../../shared/template';
import { useApi } from '../ApiContext';
import { Dialog } from '../commands/Dialog';
import { BriefEditor } from '../editor/BriefEditor';
import { formatDateTime } from '../library/dates';
import { messageOf } from '../../../shared/errors';

interface VersionHistoryProps {
  open: boolean;
  onClose(): void;
  documentId: string;
  template: Template;
  /** Saves what is typed; false (with the reason in the save state) when it could not. */
  flush(): Promise<boolean>;
  /** The core restored a version: the editor shows it next. */
  onRestored(item: ItemOf<'document'>): void;
}

export function versionName(version: Version): string {
  return version.label || (version.auto ? 'Automatic' : 'Named version');
}

const NOT_SAVED = 'The document could not be saved first (see the save state), so nothing was changed. Try again once it reads “Saved”.';

/** Automatic and named versions, newest first: save one, view one, restore one. */
export function VersionHistoryDialog({ open, onClose, documentId, template, flush, onRestored }: VersionHistoryProps) {
  const api = useApi();
  const nameId = useId();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [viewing, setViewing] = useState<(Version & { state: RichText }) | null>(null);

  const reload = useCallback(async () => {
    setVersions(await api['documents.versions']({ documentId }));
  }, [api, documentId]);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    setDone(null);
    setViewing(null);
    reload().catch((error: unknown) => setProblem(`The versions could not be listed: ${messageOf(error)}`));
  }, [open, reload]);

  /** Runs one action with the dialog busy; its failure shows in the dialog. */
  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      setDone(await action());
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const saveNamed = (event: FormEvent) => {
    event.preventDefault();
    const label = name.trim();
    if (!label) {
      setProblem('Give the version a name, such as “Sent to the adviser”.');
      return;
    }
    void act(async () => {
      if (!(await flush())) throw new Error(NOT_SAVED);
      await api['documents.snapshot']({ documentId, label });
      setName('');
      await reload();
      return `Saved the version “${label}”.`;
    });
  };

  const view = (version: Version) =>
    act(async () => {
      setViewing(await api['documents.version']({ versionId: version.id }));
      return '';
    });

  const restore = (version: Version) =>
    act(async () => {
      if (!(await flush())) throw new Error(NOT_SAVED);
      const item = (await api['documents.restore']({ documentId, versionId: version.id })) as ItemOf<'document'>;
      onRestored(item);
      setViewing(null);
      await reload();
      return `Restored the version of ${formatDateTime(version.createdAt)}. The text it replaced is kept as a version.`;
    });

  return (
    <Dialog title="Version history" open={open} onClose={onClose} className="history-dialog">
      <form className="history-name" onSubmit={saveNamed}>
        <label htmlFor={nameId}>Version name</label>
        <input id={nameId} type="text" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={busy}>
          Save a named version
        </button>
      </form>
      {problem ? <p role="alert" className="dialog-problem">{problem}</p> : null}
      <p role="status" className="history-done">
        {done}
      </p>
      {versions === null ? (
        <p className="quiet">Loading the versions…</p>
      ) : versions.length === 0 ? (
        <p className="quiet">No versions yet: one is kept automatically as you write, or save a named one above.</p>
      ) : (
        <ul className="versions" aria-label="Versions" aria-busy={busy}>
          {versions.map((version) => (
            <VersionRow key={version.id} version={version} busy={busy} onView={() => void view(version)} onRestore={() => void restore(version)} />
          ))}
        </ul>
      )}
      {viewing ? (
        <section className="version-view" aria-label={`Version of ${formatDateTime(viewing.createdAt)}`}>
          <header className="version-view-header">
            <h3>
              {versionName(viewing)} · {formatDateTime(viewing.createdAt)}
            </h3>
            <button type="button" onClick={() => setViewing(null)}>
              Close the view
            </button>
          </header>
          <BriefEditor key={viewing.id} documentId={documentId} template={template} initialState={viewing.state} onChange={() => {}} readOnly />
        </section>
      ) : null}
    </Dialog>
  );
}

function VersionRow({ version, busy, onView, onRestore }: { version: Version; busy: boolean; onView(): void; onRestore(): void }) {
  const labelId = useId();
  return (
    <li className={version.auto ? 'version is-auto' : 'version'}>
      <span id={labelId} className="version-label">
        <strong>{versionName(version)}</strong> <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
        {version.title ? <span className="quiet"> · {version.title}</span> : null}
      </span>
      <span className="version-actions">
        <button type="button" onClick={onView} aria-describedby={labelId} disabled={busy}>
          View
        </button>
        <button type="button" onClick={onRestore} aria-describedby={labelId} disabled={busy}>
          Restore
        </button>
      </span>
    </li>
  );
}
