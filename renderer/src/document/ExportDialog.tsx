import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/briefing';
import { useApi } from '../ApiContext';
import { Dialog, DialogOutcome } from '../commands/Dialog';
import { isDesktop } from '../desktop';
import { saveExport } from '../save-file';
import { messageOf } from '../../../shared/errors';
import { fileToBase64 } from '../base64';
import { referenceDocProblem } from './reference-doc';

const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word (DOCX)', md: 'Markdown', html: 'HTML', pdf: 'PDF' };

/** PDF is printed by the desktop app's Chromium; browser mode prints the HTML instead. */
export function availableFormats(): ExportFormat[] {
  return EXPORT_FORMATS.filter((format) => format !== 'pdf' || isDesktop());
}

export const NOT_SAVED_FIRST = 'The document could not be saved first (see the save state), so the export would miss your latest changes. Try again once it reads “Saved”.';

/** The last part of a saved file's path: what the writer recognises. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export interface ExportRequest {
  format: ExportFormat;
  tableOfContents: boolean;
  referenceDoc?: { name: string; base64: string };
  revealFolder: boolean;
}

/**
 * Saves what is typed, exports, and hands the file to the save dialog (desktop)
 * or the browser's downloads. Resolves with what to tell the writer.
 */
export function useExport(documentId: string, flush: () => Promise<boolean>) {
  const api = useApi();
  // Stable, so the screen's command list (which holds it) does not change on every render.
  return useCallback(
    async ({ format, tableOfContents, referenceDoc, revealFolder }: ExportRequest): Promise<string> => {
      if (!(await flush())) throw new Error(NOT_SAVED_FIRST);
      const file = await api['documents.export']({ documentId, format, tableOfContents, ...(referenceDoc ? { referenceDoc } : {}) });
      const saved = await saveExport(file, { revealFolder });
      return 'cancelled' in saved ? 'Export cancelled: nothing was saved.' : `Exported ${baseName(saved.savedAs)}`;
    },
    [api, documentId, flush],
  );
}

/** Whole seconds since `since`, ticking while `running`. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    setSeconds(0);
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  documentId: string;
  /** The template's default for the table of contents. */
  tableOfContents: boolean;
  flush(): Promise<boolean>;
}

export function ExportDialog({ open, onClose, documentId, tableOfContents, flush }: ExportDialogProps) {
  const ids = { toc: useId(), reference: useId(), referenceHint: useId(), reveal: useId() };
  const formats = availableFormats();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [toc, setToc] = useState(tableOfContents);
  const [reference, setReference] = useState<File | null>(null);
  const [reveal, setReveal] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const seconds = useElapsedSeconds(exporting);
  const runExport = useExport(documentId, flush);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    setDone(null);
  }, [open]);

  const chooseReference = (file: File | null) => {
    setDone(null);
    const refused = file ? referenceDocProblem(file) : null;
    setProblem(refused);
    setReference(refused ? null : file);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    setExporting(true);
    try {
      const referenceDoc =
        reference && format === 'docx' ? { name: reference.name, base64: await fileToBase64(reference) } : undefined;
      setDone(await runExport({ format, tableOfContents: toc, referenceDoc, revealFolder: reveal }));
    } catch (error) {
      setProblem(`The export failed: ${messageOf(error)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Dialog title="Export" open={open} onClose={onClose} className="export-dialog">
      <form onSubmit={(event) => void submit(event)}>
        <div role="radiogroup" aria-label="Format" className="choices">
          {formats.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="export-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              {FORMAT_NAMES[value]}
            </label>
          ))}
        </div>
        <div className="check-field">
          <input id={ids.toc} type="checkbox" checked={toc} onChange={(event) => setToc(event.target.checked)} />
          <label htmlFor={ids.toc}>Table of contents</label>
        </div>
        <div className="field">
          <label htmlFor={ids.reference}>Reference document (optional)</label>
          <input
            id={ids.reference}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={ids.referenceHint}
            onChange={(event) => chooseReference(event.target.files?.[0] ?? null)}
          />
          <p id={ids.referenceHint} className="quiet field-hint">
            A Word file in your organisation’s house style: a Word (DOCX) export takes its styles.
          </p>
        </div>
        {isDesktop() ? (
          <div className="check-field">
            <input id={ids.reveal} type="checkbox" checked={reveal} onChange={(event) => setReveal(event.target.checked)} />
            <label htmlFor={ids.reveal}>Open the folder when done</label>
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" disabled={exporting}>
            Export
          </button>
        </div>
        {exporting ? (
          <div className="export-progress">
            <progress aria-label="Exporting" />
            <span>{seconds >= 1 ? `Exporting… (${seconds} s)` : 'Exporting…'}</span>
          </div>
        ) : null}
        <DialogOutcome problem={problem} done={done} />
      </form>
    </Dialog>
  );
}
