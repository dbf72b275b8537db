import { Worker } from 'node:worker_threads';
import type { FileFormat } from '../../../shared/briefing';
import { ApiError } from '../../../shared/errors';
import type { ResolvedDocument } from '../briefing/model';
import type { ExportOptions } from '.';
import type { ExportReply, ExportRequest } from './worker-protocol';

/** Runs an export and gives back the file's bytes. */
export type Exporter = (document: ResolvedDocument, format: FileFormat, options: ExportOptions) => Promise<Uint8Array>;

/** Prints a standalone HTML page to PDF (the desktop app's Chromium does). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export interface WorkerExporter {
  exporter: Exporter;
  close(): Promise<void>;
}

/**
 * An exporter that runs on a worker thread (the app and browser mode use it so
 * a long export never blocks them). The worker starts on the first export and
 * is started again if it dies; a death fails only the exports under way.
 */
export function createWorkerExporter(workerFile: string): WorkerExporter {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const started = new Worker(workerFile);
    started.on('message', (reply: ExportReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.bytes);
      else waiting.reject(new ApiError(reply.error.type, reply.error.message));
    });
    // Only the current worker's death fails the exports under way: a worker replaced after a crash
    // reports its exit later, and must not fail the exports its successor is running.
    started.on('error', (error) => {
      if (worker !== started) return;
      worker = undefined;
      failAll(error);
    });
    started.on('exit', (code) => {
      if (worker !== started) return;
      worker = undefined;
      if (pending.size > 0) failAll(new Error(`The export worker stopped (exit code ${code}).`));
    });
    // An idle worker does not keep the process alive.
    started.unref();
    return started;
  };

  const exporter: Exporter = (document, format, options) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker ??= start();
      worker.ref();
      const request: ExportRequest = { id, document, format, options };
      worker.postMessage(request);
    }).finally(() => {
      if (pending.size === 0) worker?.unref();
    }) as Promise<Uint8Array>;

  return {
    exporter,
    close: async () => {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}
