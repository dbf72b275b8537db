import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, MAX_REFERENCE_DOC_BYTES, type ExportFormat } from '../../shared/briefing';
import { itemTitle, KINDS, parseKind, type Kind } from '../../shared/domain';
import { ApiError, messageOf } from '../../shared/errors';
import { createCore, type Core } from '../core/container';
import { createCoreWorkers, type CoreWorkers } from '../core/worker';
import { checkLibrary } from '../core/library/check';
import { defaultLibraryPath } from '../core/paths';
import { writeFileAtomically, writeTargetProblem } from '../core/files';
import { startBridge } from '../server/http-bridge';
import { UsageError } from './cli-error';
import { formatBackups, formatCounts, formatFileImport, formatFindings, formatImportReport, formatItem, formatList, formatResults, formatTemplates, formatVersions } from './format';
import { MAX_BUNDLE_BYTES } from '../../shared/bundle';
import { plural } from '../../shared/words';
import { IMPORT_AS, MAX_IMPORT_BYTES } from '../../shared/import';
import { BACKUPS_FOLDER, BackupScheduler, libraryIsReadable, restoreUnopenable } from '../core/library/backups';
import { USAGE } from './usage';

/** What a command reads and writes, so it runs the same in a terminal and in a test. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, or undefined when it is a terminal (nothing piped in). */
  readStdin: () => string | undefined;
  env: NodeJS.ProcessEnv;
  terminal: boolean;
  /** Where the built renderer is, for `serve`. */
  rendererDir: string | undefined;
  /** The core's worker thread script (exports in `serve`, the reading of files to import); without it they run in process. */
  worker?: string | undefined;
  /** Resolves when `serve` should stop (a signal); tests resolve it themselves. */
  untilStopped: () => Promise<void>;
}

const OPTIONS = {
  library: { type: 'string' },
  json: { type: 'boolean', default: false },
  kind: { type: 'string' },
  file: { type: 'string' },
  port: { type: 'string' },
  title: { type: 'string' },
  subtitle: { type: 'string' },
  author: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'reference-doc': { type: 'string' },
  toc: { type: 'boolean' },
  tag: { type: 'string' },
  source: { type: 'string' },
  document: { type: 'string' },
  as: { type: 'string' },
  template: { type: 'string' },
  workshop: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

interface Context {
  values: Values;
  args: string[];
  io: CliIo;
  /** The core on the library; the first call opens it, with the worker threads it is given. */
  open: (workers?: CoreWorkers) => Core;
  /** The core's worker threads, when the built script is there; the caller closes them. */
  startWorkers: () => CoreWorkers | undefined;
  /** The library file the command works on (`--library`, RAPPORTEUR_LIBRARY or the app's). */
  libraryPath: string;
  print: (human: string, json: unknown) => void;
}

function kindArg(word: string | undefined, command: string): Kind {
  if (!word) throw new UsageError(`${command} needs a kind: ${Object.values(KINDS).map((kind) => kind.plural).join(', ')}.`);
  const kind = parseKind(word);
  if (!kind) throw new UsageError(`"${word}" is not a kind of item. Kinds: ${Object.values(KINDS).map((k) => k.plural).join(', ')}.`);
  return kind;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`The JSON in ${where} is not valid (${(error as Error).message}). Nothing was added.`);
  }
}

/** `add` takes an item's data, or an item as `show --json` prints it ({ kind, id, data }). */
function itemInput(json: unknown, kind: Kind): { id?: string; data: unknown } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(`The JSON must be an object with the ${KINDS[kind].label}'s fields. Nothing was added.`);
  }
  const record = json as Record<string, unknown>;
  if ('data' in record && typeof record.data === 'object') {
    if (record.kind !== undefined && record.kind !== kind) {
      throw new UsageError(`The JSON describes a ${String(record.kind)}, not a ${KINDS[kind].label}. Nothing was added.`);
    }
    return typeof record.id === 'string' ? { id: record.id, data: record.data } : { data: record.data };
  }
  return { data: record };
}

/** The format asked for, or the one the output file's extension names. */
function exportFormat(format: string | undefined, out: string | undefined): ExportFormat {
  const wanted = format ?? (out ? extname(out).slice(1).toLowerCase().replace(/^markdown$/, 'md').replace(/^htm$/, 'html') : undefined);
  if (!wanted) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')} (or an --out file ending in .docx, .md or .html).`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(wanted)) {
    throw new UsageError(`"${wanted}" is not an export format. Formats: ${EXPORT_FORMATS.join(', ')}.`);
  }
  return wanted as ExportFormat;
}


function readReferenceDoc(path: string, format: ExportFormat): { name: string; base64: string } {
  if (format !== 'docx') throw new UsageError('--reference-doc only applies to --format docx.');
  const file = resolve(path);
  if (!existsSync(file)) throw new UsageError(`The reference document ${path} does not exist. Nothing was written.`);
  const size = statSync(file).size;
  if (size > MAX_REFERENCE_DOC_BYTES) {
    throw new ApiError('invalid-input', `The reference document ${path} is ${Math.ceil(size / 1024 / 1024)} MB; a reference document holds styles and must be under ${MAX_REFERENCE_DOC_BYTES / 1024 / 1024} MB.`);
  }
  return { name: basename(file), base64: readFileSync(file).toString('base64') };
}

/** Refuses, before any work, a path a file cannot be written to (writeFileAtomically checks again as it writes). */
function checkWritable(target: string): void {
  const problem = writeTargetProblem(target);
  if (problem) throw new UsageError(`${problem} Nothing was written.`);
}

/** Each command returns its exit code when it is not 0. */
const COMMANDS: Record<string, (context: Context) => Promise<number | void>> = {
  async list({ args, open, print }) {
    if (args[0] === 'templates') {
      const templates = await open().api['templates.list']({});
      print(formatTemplates(templates), templates);
      return;
    }
    const kind = kindArg(args[0], 'list');
    const result = await open().api['items.list']({ kind, limit: 1000 });
    print(formatList(result.items, result.total), result);
  },

  async search({ args, values, open, print, io }) {
    const query = args.join(' ');
    if (!query.trim()) throw new UsageError('search needs something to look for, e.g. rapporteur search stocktake');
    const kind = values.kind === undefined ? undefined : kindArg(values.kind, '--kind');
    const { results } = await open().api.search({ query, ...(kind ? { kind } : {}) });
    print(formatResults(results, io.terminal), results);
  },

  async show({ args, open, print }) {
    const kind = kindArg(args[0], 'show');
    if (!args[1]) throw new UsageError(`show needs an id: rapporteur show ${args[0]} <id>`);
    const core = open();
    const item = await core.api['items.get']({ kind, id: args[1] });
    const titleOf = (id: string) => {
      const linked = core.library.items.get(id);
      return linked ? itemTitle(linked) : id;
    };
    print(formatItem(item, titleOf), item);
  },

  async add({ args, values, io, open, print }) {
    const kind = kindArg(args[0], 'add');
    let text: string | undefined;
    if (values.file) {
      const file = resolve(values.file);
      if (!existsSync(file)) throw new UsageError(`${values.file} does not exist. Nothing was added.`);
      text = readFileSync(file, 'utf8');
    } else {
      text = io.readStdin();
      if (text === undefined) throw new UsageError(`add needs the ${KINDS[kind].label} as JSON on standard input or with --file F.`);
    }
    const input = itemInput(parseJson(text, values.file ?? 'standard input'), kind);
    const item = await open().api['items.create']({ kind, ...input } as Parameters<Core['api']['items.create']>[0]);
    print(item.id, item);
  },

  async new({ args, values, open, print }) {
    const templateId = args[0];
    if (!templateId) throw new UsageError('new needs a template: rapporteur new from-policy-to-action --title "…" (rapporteur list templates shows them).');
    if (!values.title?.trim()) throw new UsageError(`new needs a title: rapporteur new ${templateId} --title "…"`);
    const document = await open().api['documents.new']({
      templateId,
      title: values.title,
      ...(values.subtitle ? { subtitle: values.subtitle } : {}),
      ...(values.author ? { author: values.author } : {}),
    });
    print(document.id, document);
  },

  async export({ args, values, open, print }) {
    const documentId = args[0];
    if (!documentId) throw new UsageError('export needs a document id: rapporteur export <id> --format docx --out brief.docx');
    const format = exportFormat(values.format, values.out);
    const referenceDoc = values['reference-doc'] ? readReferenceDoc(values['reference-doc'], format) : undefined;
    if (values.out) checkWritable(resolve(values.out));
    const exported = await open().api['documents.export']({
      documentId,
      format,
      ...(values.toc === undefined ? {} : { tableOfContents: values.toc }),
      ...(referenceDoc ? { referenceDoc } : {}),
    });
    const target = resolve(values.out ?? exported.fileName);
    checkWritable(target);
    await writeFileAtomically(target, Buffer.from(exported.base64, 'base64'));
    print(`Exported to ${target}.`, { documentId, format, file: target });
  },

  async 'check-doc'({ args, open, print }) {
    const documentId = args[0];
    if (!documentId) throw new UsageError('check-doc needs a document id: rapporteur check-doc <id> (rapporteur list documents shows them).');
    const { findings } = await open().api['documents.check']({ documentId });
    print(formatFindings(findings), { documentId, findings });
    return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  },

  async import({ args, values, open, startWorkers, print }) {
    if (!args[0]) throw new UsageError('import needs a file: rapporteur import notes.docx [--as document|library] [--template ID]');
    const file = resolve(args[0]);
    if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${args[0]} does not exist or is not a file. Nothing was imported.`);
    const size = statSync(file).size;
    // Bad input, like any other refused file (exit 1), not a mistake in the command.
    if (size > MAX_IMPORT_BYTES) {
      throw new ApiError('invalid-input', `${args[0]} is ${Math.ceil(size / 1024 / 1024)} MB; files to import must be under ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was imported.`);
    }
    const as = values.as ?? 'document';
    if (!(IMPORT_AS as readonly string[]).includes(as)) throw new UsageError(`--as must be ${IMPORT_AS.join(' or ')}, not "${as}".`);
    if (values.template && as !== 'document') throw new UsageError('--template only applies to --as document.');
    if (values.workshop && as !== 'library') throw new UsageError('--workshop only applies to --as library.');
    const request = {
      name: basename(file),
      base64: readFileSync(file).toString('base64'),
      as: as as (typeof IMPORT_AS)[number],
      ...(values.template ? { templateId: values.template } : {}),
      ...(values.workshop ? { workshopId: values.workshop } : {}),
    };
    // Read on a worker thread, as in the app, so a file too intricate to read is refused within the same limits.
    const workers = startWorkers();
    try {
      const api = open(workers).api;
      const report = values['dry-run'] ? await api['import.preview'](request) : await api['import.run'](request);
      print(formatFileImport(report), report);
    } finally {
      await workers?.close();
    }
  },

  async backup({ args, open, print }) {
    if (!args[0]) throw new UsageError('backup needs the file to write: rapporteur backup library-2026-11-24.sqlite');
    const target = resolve(args[0]);
    if (existsSync(target)) throw new UsageError(`${args[0]} already exists; choose a new file name so nothing is overwritten.`);
    const core = open();
    if (target === resolve(core.library.path)) throw new UsageError('The backup must go to another file than the library itself.');
    await core.library.backup(target);
    print(`Backed up ${core.library.path} to ${target}.`, { library: core.library.path, backup: target });
  },

  async bundle({ args, values, open, print }) {
    const [action, file] = args;
    if ((action !== 'export' && action !== 'import') || !file) {
      throw new UsageError('bundle needs export or import and a file: rapporteur bundle export lessons.json.gz [--kind lessons] [--tag T] [--source ID] [--document ID], or rapporteur bundle import lessons.json.gz');
    }
    const target = resolve(file);
    if (action === 'export') {
      const kinds = values.kind?.split(',').map((word) => kindArg(word, '--kind'));
      checkWritable(target);
      const bundle = await open().api['bundles.export']({
        ...(kinds ? { kinds } : {}),
        ...(values.tag ? { tag: values.tag } : {}),
        ...(values.source ? { sourceId: values.source } : {}),
        ...(values.document ? { documentId: values.document } : {}),
      });
      await writeFileAtomically(target, Buffer.from(bundle.base64, 'base64'));
      const total = Object.values(bundle.counts).reduce((sum, n) => sum + n, 0);
      print(`Exported ${plural(total, 'item')} (${formatCounts(bundle.counts)}) to ${target}.`, { file: target, counts: bundle.counts });
      return;
    }
    if (!existsSync(target) || !statSync(target).isFile()) throw new UsageError(`${file} does not exist. Nothing was imported.`);
    // Checked before reading, so a huge file is never read into memory.
    const size = statSync(target).size;
    if (size > MAX_BUNDLE_BYTES) {
      throw new ApiError('invalid-input', `${file} is ${Math.ceil(size / 1024 / 1024)} MB; a bundle must be under ${MAX_BUNDLE_BYTES / 1024 / 1024} MB. Nothing was imported.`);
    }
    const report = await open().api['bundles.import']({ name: file, base64: readFileSync(target).toString('base64') });
    print(formatImportReport(report), report);
  },

  async versions({ args, open, print }) {
    if (!args[0]) throw new UsageError('versions needs an item id: rapporteur versions <id> (rapporteur list <kind> shows the ids).');
    const api = open().api;
    const item = await api['items.get']({ id: args[0] });
    const versions = item.kind === 'document' ? await api['documents.versions']({ documentId: item.id }) : await api['items.versions']({ id: item.id });
    print(formatVersions(item, versions), { id: item.id, kind: item.kind, versions });
  },

  async 'bring-back'({ args, open, print }) {
    const [id, versionId] = args;
    if (!id || !versionId) throw new UsageError('bring-back needs an item id and a version id: rapporteur bring-back <id> <version id> (rapporteur versions <id> lists them).');
    const api = open().api;
    const { kind } = await api['items.get']({ id });
    const item = kind === 'document' ? await api['documents.restore']({ documentId: id, versionId }) : await api['items.restoreVersion']({ id, versionId });
    const kept = kind === 'document' ? 'its text before is kept as a version' : 'the copy it replaced is kept as an earlier copy';
    print(`Brought back "${itemTitle(item)}" as it was in ${versionId}; ${kept}.`, item);
  },

  async backups({ open, print }) {
    const core = open();
    const backups = await core.api['backups.list']({});
    print(formatBackups(backups, core.backups.folder), { folder: core.backups.folder, backups });
  },

  async restore({ args, open, print, libraryPath }) {
    if (!args[0]) throw new UsageError('restore needs a backup: a file, or a name that rapporteur backups lists.');
    let core: Core;
    try {
      core = open();
    } catch (error) {
      // A library too damaged to open is when a restore matters most: it must not need the library.
      // One SQLite can still read (held by the running app, say, or another program's database) is not moved.
      if (!(error instanceof ApiError && error.type === 'library-damaged') || libraryIsReadable(libraryPath)) throw error;
      const given = resolve(args[0]);
      const file = existsSync(given) ? given : join(dirname(libraryPath), BACKUPS_FOLDER, basename(args[0]));
      const result = await restoreUnopenable(libraryPath, file);
      print(`Restored ${libraryPath} from ${result.restored}.\nThe library that could not be opened was moved to ${result.setAside}.`, { library: libraryPath, ...result });
      return;
    }
    const given = resolve(args[0]);
    const file = existsSync(given) ? given : core.backups.pathOf(args[0]);
    const result = await core.backups.restore(file);
    print(
      `Restored ${core.library.path} from ${result.restored}.\nThe library as it was before is kept as the backup ${result.safetyBackup.name}.`,
      { library: core.library.path, ...result },
    );
  },

  async check({ open, print }) {
    const core = open();
    const findings = checkLibrary(core.library);
    const counts = core.library.items.counts();
    const items = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const human = findings.length
      ? findings.map((finding) => `${finding.severity}: ${finding.message}`).join('\n')
      : `The library is healthy: ${items} items, schema version ${core.library.schemaVersion}.`;
    print(human, { path: core.library.path, healthy: findings.length === 0, findings, counts });
    return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  },

  async serve({ values, io, open, startWorkers, print }) {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
    if (!io.rendererDir || !existsSync(resolve(io.rendererDir, 'index.html'))) {
      throw new UsageError('The app’s pages are not built yet: run `npm run build` (or `npm start`, which builds them) first.');
    }
    // The server keeps answering while a long export or an import's reading runs on a worker thread.
    const workers = startWorkers();
    const core = open(workers);
    const bridge = await startBridge({ call: core.call, port, staticDir: io.rendererDir }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new UsageError(`Port ${port} is in use; choose another with --port, or leave it out to pick a free one.`);
      throw error;
    });
    // Browser mode is the app without its window: it keeps snapshots as the desktop app does.
    const scheduler = new BackupScheduler(core.backups, core.library, { onError: (error) => io.stderr(`rapporteur: automatic backup failed: ${messageOf(error)}`) });
    void scheduler.start();
    print(`Rapporteur is running in browser mode. Open:\n${bridge.openUrl}\nPress Ctrl+C to stop.`, {
      url: bridge.openUrl,
      port: bridge.port,
      library: core.library.path,
    });
    await io.untilStopped();
    scheduler.stop();
    await scheduler.idle();
    await bridge.close();
    await workers?.close();
  },
};

/** The commands there are, for the code cache bin/rapporteur.mjs keeps per command. */
export function isCommand(name: string): boolean {
  return Object.hasOwn(COMMANDS, name);
}

/** Runs one command; returns the exit code. Errors are one line on stderr, never a stack trace. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let core: Core | undefined;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
    }
    const [command, ...args] = parsed.positionals;
    if (parsed.values.help || !command) {
      io.stdout(USAGE);
      return command || parsed.values.help ? 0 : 2;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError(`"${command}" is not a command.`);
    const libraryPath = resolve(parsed.values.library ?? defaultLibraryPath(io.env));
    const context: Context = {
      values: parsed.values,
      args,
      io,
      libraryPath,
      startWorkers: () => (io.worker && existsSync(io.worker) ? createCoreWorkers(io.worker) : undefined),
      open: (workers) =>
        (core ??= createCore({
          libraryPath,
          ...(workers ? { exporter: workers.exporter, reader: workers.reader } : {}),
          onInternalError: (method, error) => {
            if (io.env.RAPPORTEUR_DEBUG) io.stderr(`${method}: ${String((error as Error).stack ?? error)}`);
          },
        })),
      print: (human, json) => io.stdout(parsed.values.json ? JSON.stringify(json, null, 2) : human),
    };
    return (await handler(context)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rapporteur: ${error.message}\nRun \`rapporteur --help\` for the commands.`);
      return 2;
    }
    if (error instanceof ApiError) {
      io.stderr(`rapporteur: ${error.message}`);
      return 1;
    }
    io.stderr(`rapporteur: ${(error as Error).message ?? String(error)}`);
    if (io.env.RAPPORTEUR_DEBUG) io.stderr(String((error as Error).stack));
    return 1;
  } finally {
    core?.close();
  }
}
