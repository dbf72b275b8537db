import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Output } from '../../../shared/contract';
import { DEFAULT_IMPORT_TEMPLATE, MAX_IMPORT_BYTES } from '../../../shared/import';
import { KIND_INFO } from '../../../shared/kinds';
import { messageOf } from '../../../shared/errors';
import { useApi } from '../ApiContext';
import { fileToBase64 } from '../base64';
import { Dialog, DialogOutcome } from '../commands/Dialog';
import { useLibraryChanged } from '../library-changes';
import { useNavigation } from '../navigation';
import { useApiQuery } from '../useApiQuery';

type Preview = Output<'import.preview'>;

/**
 * Imports a Word, Markdown or text file: as a new document from a template, or
 * as library items. What will be created is shown first; nothing is written
 * until "Import" is pressed.
 */
export function ImportDialog({ open, onClose, initialFile }: { open: boolean; onClose(): void; initialFile: File | null }) {
  const api = useApi();
  const changed = useLibraryChanged();
  const { go } = useNavigation();
  const ids = { file: useId(), template: useId() };
  const templates = useApiQuery('templates.list', open ? {} : null);
  const [file, setFile] = useState<File | null>(null);
  const [as, setAs] = useState<'document' | 'library'>('document');
  const [templateId, setTemplateId] = useState(DEFAULT_IMPORT_TEMPLATE);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setFile(initialFile);
    setPreview(null);
    setProblem(null);
    setDone(null);
  }, [open, initialFile]);

  // A new preview whenever the file or the choices change.
  useEffect(() => {
    if (!open || !file) return;
    let current = true;
    setPreview(null);
    setDone(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem(`“${file.name}” is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it, or import the part you need.`);
      return;
    }
    setProblem(null);
    setBusy(true);
    (async () => {
      const input = { name: file.name, base64: await fileToBase64(file), as, ...(as === 'document' ? { templateId } : {}) };
      return api['import.preview'](input);
    })().then(
      (planned) => current && setPreview(planned),
      (error: unknown) => current && setProblem(messageOf(error)),
    ).finally(() => current && setBusy(false));
    return () => {
      current = false;
    };
  }, [api, open, file, as, templateId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !preview) return;
    setBusy(true);
    setProblem(null);
    try {
      const made = await api['import.run']({ name: file.name, base64: await fileToBase64(file), as, ...(as === 'document' ? { templateId } : {}) });
      changed();
      setPreview(null);
      setDone(`Imported ${made.created.length} item${made.created.length === 1 ? '' : 's'} from ${file.name}.`);
      if (made.documentId) {
        onClose();
        go({ view: 'document', id: made.documentId });
      }
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Import a file" open={open} onClose={onClose} className="import-dialog">
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={ids.file}>Word, Markdown or text file</label>
          <input
            id={ids.file}
            type="file"
            accept=".docx,.md,.markdown,.txt,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {file ? <p className="quiet field-hint">{file.name}</p> : null}
        </div>
        <div role="radiogroup" aria-label="Import as" className="choices">
          <label className="choice">
            <input type="radio" name="import-as" checked={as === 'document'} onChange={() => setAs('document')} />A new document
          </label>
          <label className="choice">
            <input type="radio" name="import-as" checked={as === 'library'} onChange={() => setAs('library')} />
            Items in the library
          </label>
        </div>
        {as === 'document' ? (
          <div className="field">
            <label htmlFor={ids.template}>Template</label>
            <select id={ids.template} value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
              {(templates.value ?? []).map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {busy ? <p className="quiet">Reading…</p> : null}
        {preview ? (
          <div className="import-preview" role="region" aria-label="What will be created">
            <p>
              {preview.created.length} item{preview.created.length === 1 ? '' : 's'} will be created:
            </p>
            <ul>
              {preview.created.map((item, index) => (
                <li key={index}>
                  <span className="kind-label">{KIND_INFO[item.kind].label}</span> {item.title}
                </li>
              ))}
            </ul>
            {preview.warnings.length ? (
              <ul aria-label="Worth knowing" className="import-warnings">
                {preview.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" disabled={busy || !preview}>
            Import
          </button>
        </div>
        <DialogOutcome problem={problem} done={done} />
      </form>
    </Dialog>
  );
}
