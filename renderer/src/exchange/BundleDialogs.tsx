import { useEffect, useId, useState, type FormEvent } from 'react';
import { MAX_BUNDLE_BYTES, MERGE_RULE, type BundleSelection, type ImportReport, type MergeAction } from '../../../shared/bundle';
import { KIND_INFO, KIND_NAMES, type Kind } from '../../../shared/kinds';
import { messageOf } from '../../../shared/errors';
import { useApi } from '../ApiContext';
import { fileToBase64 } from '../base64';
import { Dialog, DialogOutcome } from '../commands/Dialog';
import { useLibraryChanged } from '../library-changes';
import { saveExport } from '../save-file';
import { useApiQuery } from '../useApiQuery';

type Choice = 'everything' | 'kinds' | 'tag' | 'source' | 'document';

const ACTION_NAMES: Record<MergeAction, string> = {
  added: 'added',
  skipped: 'already here (skipped)',
  updated: 'updated (your copy kept as a version)',
  kept: 'kept yours (theirs kept as a version)',
};

/** A bundle of library items for a colleague: everything, some kinds, a tag, or the open document with what it uses. */
export function ExportBundleDialog({ open, onClose, documentId }: { open: boolean; onClose(): void; documentId: string | null }) {
  const api = useApi();
  const ids = { tag: useId(), source: useId() };
  const sources = useApiQuery('items.list', open ? { kind: 'source', limit: 1000 } : null);
  const [sourceId, setSourceId] = useState('');
  const [choice, setChoice] = useState<Choice>(documentId ? 'document' : 'everything');
  const [kinds, setKinds] = useState<Kind[]>(['lesson']);
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setChoice(documentId ? 'document' : 'everything');
    setProblem(null);
    setDone(null);
  }, [open, documentId]);

  const selection = (): BundleSelection | string => {
    switch (choice) {
      case 'everything':
        return {};
      case 'kinds':
        return kinds.length ? { kinds } : 'Choose at least one kind of item.';
      case 'tag':
        return tag.trim() ? { tag: tag.trim() } : 'Type the tag whose items go in the bundle.';
      case 'source':
        return sourceId ? { sourceId } : 'Choose the source whose items go in the bundle.';
      case 'document':
        return documentId ? { documentId } : 'Open a document first.';
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = selection();
    if (typeof chosen === 'string') return setProblem(chosen);
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const bundle = await api['bundles.export'](chosen);
      const total = Object.values(bundle.counts).reduce((sum, count) => sum + count, 0);
      const saved = await saveExport({ fileName: bundle.fileName, mediaType: 'application/gzip', base64: bundle.base64 }, { revealFolder: false });
      setDone('cancelled' in saved ? 'Not saved.' : `Saved ${total} item${total === 1 ? '' : 's'} to ${saved.savedAs}.`);
    } catch (error) {
      setProblem(`The bundle could not be made: ${messageOf(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const toggleKind = (kind: Kind, on: boolean) => setKinds((current) => (on ? [...current, kind] : current.filter((other) => other !== kind)));

  return (
    <Dialog title="Share library items" open={open} onClose={onClose} className="bundle-dialog">
      <form onSubmit={(event) => void submit(event)}>
        <div role="radiogroup" aria-label="What goes in the bundle" className="choices choices-column">
          {documentId ? (
            <label className="choice">
              <input type="radio" name="bundle-choice" checked={choice === 'document'} onChange={() => setChoice('document')} />
              This document, with everything it uses
            </label>
          ) : null}
          <label className="choice">
            <input type="radio" name="bundle-choice" checked={choice === 'everything'} onChange={() => setChoice('everything')} />
            The whole library
          </label>
          <label className="choice">
            <input type="radio" name="bundle-choice" checked={choice === 'kinds'} onChange={() => setChoice('kinds')} />
            Only some kinds of items
          </label>
          <label className="choice">
            <input type="radio" name="bundle-choice" checked={choice === 'tag'} onChange={() => setChoice('tag')} />
            The items with a tag
          </label>
          <label className="choice">
            <input type="radio" name="bundle-choice" checked={choice === 'source'} onChange={() => setChoice('source')} />
            The items drawn from a source
          </label>
        </div>
        {choice === 'kinds' ? (
          <fieldset className="kind-choices">
            <legend>Kinds (with what they link to)</legend>
            {KIND_NAMES.map((kind) => (
              <label key={kind} className="choice">
                <input type="checkbox" checked={kinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} />
                {KIND_INFO[kind].plural}
              </label>
            ))}
          </fieldset>
        ) : null}
        {choice === 'tag' ? (
          <div className="field">
            <label htmlFor={ids.tag}>Tag</label>
            <input id={ids.tag} type="text" value={tag} onChange={(event) => setTag(event.target.value)} />
          </div>
        ) : null}
        {choice === 'source' ? (
          <div className="field">
            <label htmlFor={ids.source}>Source</label>
            <select id={ids.source} value={sourceId} onChange={(event) => setSourceId(event.target.value)}>
              <option value="">Choose a source…</option>
              {(sources.value?.items ?? []).map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" disabled={busy}>
            Save the bundle…
          </button>
        </div>
        <DialogOutcome problem={problem} done={done} />
      </form>
    </Dialog>
  );
}

/**
 * Merges a colleague's bundle into the library, once asked (a dropped file too:
 * the merge replaces older copies), then says what happened to each item.
 */
export function ImportBundleDialog({ open, onClose, initialFile }: { open: boolean; onClose(): void; initialFile?: File | null }) {
  const api = useApi();
  const changed = useLibraryChanged();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  useEffect(() => {
    if (!open) return;
    setFile(initialFile ?? null);
    setProblem(null);
    setReport(null);
  }, [open, initialFile]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem('Choose the bundle file first.');
    setProblem(null);
    setReport(null);
    if (file.size > MAX_BUNDLE_BYTES) return setProblem(`“${file.name}” is over ${MAX_BUNDLE_BYTES / 1024 / 1024} MB, larger than any bundle Rapporteur makes.`);
    setBusy(true);
    try {
      setReport(await api['bundles.import']({ name: file.name, base64: await fileToBase64(file) }));
      setFile(null);
      changed();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Import a bundle" open={open} onClose={onClose} className="bundle-dialog">
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={fileId}>Bundle file (.json.gz)</label>
          <input id={fileId} type="file" accept=".gz,application/gzip" disabled={busy} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          {file ? <p className="quiet field-hint">{file.name}</p> : null}
        </div>
        <p className="quiet">{MERGE_RULE}</p>
        <div className="dialog-actions">
          <button type="submit" disabled={busy || !file}>
            Import
          </button>
        </div>
        {busy ? <p className="quiet">Importing…</p> : null}
        {problem ? (
          <p role="alert" className="dialog-problem">
            {problem}
          </p>
        ) : null}
        {report ? (
          <div role="status" className="bundle-report">
            <p>
              From {report.file}:{' '}
              {(Object.keys(ACTION_NAMES) as MergeAction[])
                .filter((action) => report.counts[action])
                .map((action) => `${report.counts[action]} ${ACTION_NAMES[action]}`)
                .join(', ') || 'nothing in it'}
              .
            </p>
            <ul aria-label="What happened to each item">
              {report.items.map((item) => (
                <li key={item.id}>
                  {KIND_INFO[item.kind].label} “{item.title}”: {ACTION_NAMES[item.action]}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </form>
    </Dialog>
  );
}
