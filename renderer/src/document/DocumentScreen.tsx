import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ItemOf } from '../../../shared/domain';
import { itemTitle } from '../../../shared/kinds';
import type { BriefFinding } from '../../../shared/briefing';
import type { RichText } from '../../../shared/richtext';
import { useApi } from '../ApiContext';
import { useCommands, type Command } from '../commands/commands';
import { ariaShortcut, displayShortcut } from '../commands/shortcuts';
import { isDesktop } from '../desktop';
import { BriefEditor, type BriefEditorHandle } from '../editor/BriefEditor';
import { messageOf } from '../../../shared/errors';
import { BriefChecker } from './BriefChecker';
import { discardedKey, writeDraft, type DocumentPayload } from './drafts';
import { ExportDialog, useExport } from './ExportDialog';
import { Outline } from './Outline';
import { firstEmptySection, outline } from './outline';
import { parseTags, Properties, type PropertyValues } from './Properties';
import { SaveState } from './SaveState';
import { notInsertedMessage, SelectedItem, useSelectedLibraryItem } from './SelectedItem';
import { useDocumentSaver } from './useDocumentSaver';
import { WriterPauses } from './writer-pauses';
import { useOpenDocument, type OpenDocument } from './useOpenDocument';
import { VersionHistoryDialog } from './VersionHistoryDialog';
import './document.css';

/** The brief checker runs this long after the last save, not after every one while typing. */
const CHECK_AFTER_SAVE_MS = 1000;
/** The label of the stored copy kept when the writer keeps their own version in a conflict. */
const CHANGED_ELSEWHERE = 'Changed elsewhere';

/** The document workspace: title, save state, the editor, and the side panel. */
export function DocumentScreen({ id }: { id: string }) {
  const opening = useOpenDocument(id);
  if (opening.status === 'loading') {
    return (
      <div className="screen document-screen" aria-busy="true">
        <p className="quiet">Opening the document…</p>
      </div>
    );
  }
  if (opening.status === 'failed') {
    return (
      <div className="screen document-screen">
        <p role="alert" className="document-problem">
          {opening.message}
        </p>
      </div>
    );
  }
  return <DocumentWorkspace opened={opening.document} />;
}

function propertiesOf(payload: Pick<DocumentPayload, 'author' | 'subject' | 'tags'>): PropertyValues {
  return { author: payload.author, subject: payload.subject, tags: payload.tags.join(', ') };
}

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

function DocumentWorkspace({ opened }: { opened: OpenDocument }) {
  const { item, template, initial, recoveredFrom } = opened;
  const id = item.id;
  const api = useApi();
  const titleId = useId();
  const titleProblemId = useId();

  // The handle outlives the editor's unmount, so the last save on leaving can still read it.
  const editor = useRef<BriefEditorHandle | null>(null);
  const setEditor = useCallback((handle: BriefEditorHandle | null) => {
    if (handle) editor.current = handle;
  }, []);

  // What the editor starts from; a restore into an editor that could not read the stored text starts a new one.
  const [editorStart, setEditorStart] = useState({ generation: 0, state: initial.state });
  const [title, setTitle] = useState(initial.title);
  const [properties, setProperties] = useState<PropertyValues>(() => propertiesOf(initial));
  const fields = useRef({ title, properties });
  const lastState = useRef<RichText>(initial.state);
  const [pauses] = useState(() => new WriterPauses());
  useEffect(() => () => pauses.dispose(), [pauses]);
  // The outline follows the state serialized at each save tick, shown when the writer pauses.
  const [outlineState, setOutlineState] = useState<RichText>(initial.state);
  const [notice, setNotice] = useState<string | null>(recoveredFrom ? `Recovered changes that had not been saved (from ${timeOf(recoveredFrom)}).` : null);
  const [problem, setProblem] = useState<string | null>(null);

  const collect = useCallback((): DocumentPayload => {
    const state = editor.current?.getState() ?? lastState.current;
    lastState.current = state;
    pauses.whenPaused('outline', () => setOutlineState(state));
    const { title: typedTitle, properties: typed } = fields.current;
    return { state, title: typedTitle.trim(), author: typed.author.trim(), subject: typed.subject.trim(), tags: parseTags(typed.tags) };
  }, [pauses]);

  const [saveCount, setSaveCount] = useState(0);
  const onSaved = useCallback(() => pauses.whenPaused('saved', () => setSaveCount((count) => count + 1)), [pauses]);
  const { saver, status } = useDocumentSaver({ documentId: id, baseUpdatedAt: item.updatedAt, collect, onSaved, saveAtOnce: recoveredFrom !== null });
  const flush = useCallback(() => saver.flush(), [saver]);

  const changeTitle = (value: string) => {
    fields.current = { ...fields.current, title: value };
    setTitle(value);
    saver.changed();
  };
  const changeProperties = (values: PropertyValues) => {
    fields.current = { ...fields.current, properties: values };
    setProperties(values);
    saver.changed();
  };
  const onEditorChange = useCallback(() => {
    saver.changed();
    pauses.changed();
  }, [saver, pauses]);

  /** The editor and the fields now show a stored copy (a restore, or the other version of a conflict). */
  const showStored = useCallback(
    (stored: ItemOf<'document'>) => {
      saver.reset(stored.updatedAt);
      const values = propertiesOf(stored.data);
      fields.current = { title: stored.data.title, properties: values };
      setTitle(stored.data.title);
      setProperties(values);
      lastState.current = stored.data.state;
      setOutlineState(stored.data.state);
      if (editor.current) editor.current.setState(stored.data.state);
      else setEditorStart(({ generation }) => ({ generation: generation + 1, state: stored.data.state }));
    },
    [saver],
  );

  // A new document opens with the caret where the writing starts.
  useEffect(() => {
    if (item.createdAt !== item.updatedAt || recoveredFrom) return;
    const first = firstEmptySection(initial.state, template);
    if (first) editor.current?.goToSection(first);
  }, [item, initial, template, recoveredFrom]);

  const checker = useBriefChecker(id, saveCount, flush, pauses);
  const outlineRef = useRef<HTMLElement>(null);
  const entries = useMemo(() => outline(outlineState, template), [outlineState, template]);
  const goToSection = useCallback((sectionId: string) => editor.current?.goToSection(sectionId), []);

  const keepMine = async () => {
    try {
      await api['documents.snapshot']({ documentId: id, label: CHANGED_ELSEWHERE });
      setProblem(null);
      if (await saver.overwrite()) setNotice(`Saved your version. The other one is kept in the version history as “${CHANGED_ELSEWHERE}”.`);
    } catch (error) {
      setProblem(`The other version could not be kept, so yours was not saved over it: ${messageOf(error)}`);
    }
  };
  const loadOther = async () => {
    try {
      const mine = collect();
      const kept = writeDraft(localStorage, discardedKey(id), { ...mine, baseUpdatedAt: saver.baseUpdatedAt, savedAt: new Date().toISOString() });
      // Loading it is one step in the editor's history, so Undo brings the writer's text back (and saves it).
      showStored((await api['items.get']({ id, kind: 'document' })) as ItemOf<'document'>);
      setProblem(null);
      setNotice(
        `Loaded the version saved elsewhere. Undo (${displayShortcut('Mod+Z')}) brings yours back${kept ? '; a copy of it is also kept in this browser’s storage for Rapporteur' : ''}.`,
      );
    } catch (error) {
      setProblem(`The other version could not be loaded: ${messageOf(error)}`);
    }
  };

  const selected = useSelectedLibraryItem();
  const [insertProblem, setInsertProblem] = useState<string | null>(null);
  const insertSelected = useCallback(() => {
    if (!selected) {
      setNotice('Choose an item in the library panel first, then insert it.');
      return;
    }
    const inserted = editor.current?.insertItem({ id: selected.id, kind: selected.kind, title: itemTitle(selected) }) ?? false;
    setInsertProblem(inserted ? null : notInsertedMessage(selected));
  }, [selected]);

  const [exportOpen, setExportOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const exportFile = useExport(id, flush);
  const printPdf = useCallback(async () => {
    setNotice('Printing to PDF…');
    try {
      setNotice(await exportFile({ format: 'pdf', tableOfContents: template.tableOfContents, revealFolder: false }));
    } catch (error) {
      setNotice(null);
      setProblem(`Printing to PDF failed: ${messageOf(error)}`);
    }
  }, [exportFile, template]);

  const commands = useMemo<Command[]>(() => {
    const list: Command[] = [
      { id: 'document.export', title: 'Export…', group: 'Document', shortcut: 'Mod+E', run: () => setExportOpen(true) },
      { id: 'document.save', title: 'Save now', group: 'Document', shortcut: 'Mod+S', run: () => void flush() },
      { id: 'document.history', title: 'Version history', group: 'Document', shortcut: 'Mod+Shift+H', run: () => setHistoryOpen(true) },
      { id: 'document.check', title: 'Check the brief', group: 'Document', shortcut: 'Mod+Alt+C', run: () => void checker.checkNow() },
      {
        id: 'document.outline',
        title: 'Go to a section…',
        group: 'Document',
        shortcut: 'Mod+Alt+O',
        run: () => outlineRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus(),
      },
      { id: 'editor.insert-selected', title: 'Insert the selected library item', group: 'Editor', shortcut: 'Mod+Shift+I', run: insertSelected },
    ];
    if (isDesktop()) list.push({ id: 'document.print', title: 'Print to PDF…', group: 'Document', shortcut: 'Mod+P', run: () => void printPdf() });
    return list;
  }, [flush, checker.checkNow, insertSelected, printPdf]);
  useCommands(commands);

  return (
    <div className="screen document-screen">
      <div className="document-main">
        <header className="document-header">
          <label htmlFor={titleId} className="visually-hidden">
            Document title
          </label>
          <input
            id={titleId}
            className="document-title"
            type="text"
            value={title}
            maxLength={300}
            aria-invalid={!title.trim()}
            aria-describedby={title.trim() ? undefined : titleProblemId}
            onChange={(event) => changeTitle(event.target.value)}
            onKeyDown={(event) => {
              // Enter goes on to the text, as in a word processor's title field.
              if (event.key === 'Enter') {
                event.preventDefault();
                editor.current?.focus();
              }
            }}
          />
          <SaveState status={status} onKeepMine={() => void keepMine()} onLoadOther={() => void loadOther()} />
          <div className="document-actions">
            <button type="button" onClick={() => setExportOpen(true)} aria-keyshortcuts={ariaShortcut('Mod+E')}>
              Export…
            </button>
            <button type="button" onClick={() => setHistoryOpen(true)} aria-keyshortcuts={ariaShortcut('Mod+Shift+H')}>
              Version history
            </button>
            <button type="button" onClick={() => void checker.checkNow()} aria-keyshortcuts={ariaShortcut('Mod+Alt+C')}>
              Check
            </button>
          </div>
        </header>
        {title.trim() ? null : (
          <p id={titleProblemId} className="document-problem">
            A document needs a title: it is saved again once it has one.
          </p>
        )}
        {notice ? (
          <p className="document-notice" role="status">
            {notice}{' '}
            <button type="button" className="link-button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </p>
        ) : null}
        {problem ? (
          <p className="document-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="document-editor">
          <BriefEditor
            key={`${id}:${editorStart.generation}`}
            ref={setEditor}
            documentId={id}
            template={template}
            initialState={editorStart.state}
            onChange={onEditorChange}
          />
        </div>
      </div>
      <aside className="document-panel" aria-label="Document panel">
        <Outline ref={outlineRef} entries={entries} onGo={goToSection} />
        <BriefChecker ref={checker.regionRef} findings={checker.findings} checking={checker.checking} problem={checker.problem} onGo={goToSection} />
        <Properties values={properties} templateName={template.name} onChange={changeProperties} />
        <SelectedItem item={selected} onInsert={insertSelected} problem={insertProblem} />
      </aside>
      <ExportDialog open={exportOpen} onClose={() => setExportOpen(false)} documentId={id} tableOfContents={template.tableOfContents} flush={flush} />
      <VersionHistoryDialog
        open={historyOpen}
        onClose={() => setHistoryOpen(false)}
        documentId={id}
        template={template}
        flush={flush}
        onRestored={showStored}
      />
    </div>
  );
}

/**
 * The brief checker's findings: asked when the document opens, a moment after
 * each save, and at once on "Check" (after saving what is typed). What the
 * automatic checks find is shown when the writer pauses.
 */
function useBriefChecker(documentId: string, saveCount: number, flush: () => Promise<boolean>, pauses: WriterPauses) {
  const api = useApi();
  const [findings, setFindings] = useState<BriefFinding[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const regionRef = useRef<HTMLElement>(null);
  const asked = useRef(0);

  /** Asks the core; `show` puts each answer on the screen (at once, or at the writer's next pause). */
  const check = useCallback(
    async (show: (update: () => void) => void) => {
      const request = ++asked.current;
      const latest = (update: () => void) =>
        show(() => {
          if (request === asked.current) update();
        });
      latest(() => setChecking(true));
      try {
        const { findings: found } = await api['documents.check']({ documentId });
        latest(() => {
          setFindings(found);
          setProblem(null);
          setChecking(false);
        });
      } catch (error) {
        latest(() => {
          setProblem(`The brief checker could not run: ${messageOf(error)}`);
          setChecking(false);
        });
      }
    },
    [api, documentId],
  );

  useEffect(() => {
    const timer = setTimeout(() => void check((update) => pauses.whenPaused('checker', update)), saveCount === 0 ? 0 : CHECK_AFTER_SAVE_MS);
    return () => clearTimeout(timer);
  }, [check, saveCount, pauses]);

  const checkNow = useCallback(async () => {
    regionRef.current?.focus();
    await flush();
    await check((update) => update());
  }, [flush, check]);

  return { findings, checking, problem, regionRef, checkNow };
}
