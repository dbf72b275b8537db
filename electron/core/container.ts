import type { Api, Handlers } from '../../shared/contract';
import { createClient, type Transport } from '../../shared/client';
import { createHandlers } from './api/handlers';
import { dispatch, type InternalErrorSink } from './api/dispatch';
import type { Exporter, PdfPrinter } from './export';
import type { FileReader } from './import/read';
import { Backups } from './library/backups';
import { Library } from './library/library';
import { SAMPLE_LIBRARY } from './library/sample';

export interface CoreOptions {
  libraryPath: string;
  nativeBinding?: string | undefined;
  /** Fill a brand-new library with the sample library (default true). */
  sample?: boolean;
  onInternalError?: InternalErrorSink;
  /** Where exports run; in process unless the shell gives a worker thread's. */
  exporter?: Exporter;
  /** How HTML becomes PDF; only the desktop app has one (Chromium's print to PDF). */
  printPdf?: PdfPrinter;
  /** Where files to import are read; in process unless the shell gives a worker thread's, with its limits. */
  reader?: FileReader;
}

/** The core, wired once: the library, the handlers, and an in-process transport. */
export interface Core {
  library: Library;
  /** The library's snapshots; the app starts a BackupScheduler on them, one-shot CLI commands do not. */
  backups: Backups;
  handlers: Handlers;
  /** Validates and runs one call, as IPC and HTTP do. */
  call: Transport;
  /** The typed API, in process. */
  api: Api;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const library = Library.open({
    path: options.libraryPath,
    nativeBinding: options.nativeBinding,
    ...(options.sample === false ? {} : { sample: SAMPLE_LIBRARY }),
  });
  const backups = new Backups(library, { nativeBinding: options.nativeBinding });
  const handlers = createHandlers(library, { exporter: options.exporter, printPdf: options.printPdf, reader: options.reader }, backups);
  const call: Transport = (method, input) => dispatch(handlers, method, input, options.onInternalError);
  return { library, backups, handlers, call, api: createClient(call), close: () => library.close() };
}
