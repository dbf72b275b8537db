import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ApiError } from '../../../shared/errors';
import type { Exporter } from '../export';
import { importRefusal } from '../import/admit';
import type { FileReader } from '../import/read';
import type { WorkerJob, WorkerReply, WorkerRequest, WorkerResults } from './protocol';

/** Why a worker thread was stopped with jobs under way. */
export type WorkerStopReason = 'out-of-memory' | 'time-limit' | 'crashed';

export class WorkerStopped extends Error {
  constructor(
    readonly reason: WorkerStopReason,
    message: string,
  ) {
    super(message);
  }
}

export interface WorkerThreadOptions {
  /** Caps on the thread's heap; past them the thread is stopped and its jobs fail ('out-of-memory'). */
  resourceLimits?: ResourceLimits;
  /** The longest one job may take; past it the thread is stopped and its jobs fail ('time-limit'). */
  timeLimitMs?: number;
}

export interface WorkerThread {
  run<J extends WorkerJob>(job: J): Promise<WorkerResults[J['job']]>;
  close(): Promise<void>;
}

/**
 * A worker thread running the core's jobs (electron/core/worker/thread.ts): it starts on
 * the first job and again after it dies; a death fails only the jobs under way on it.
 */
export function startWorkerThread(file: string, options: WorkerThreadOptions = {}): WorkerThread {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>();

  // The thread is dropped before its jobs fail, so that a job started from a rejection gets a fresh one.
  const stop = (stopped: Worker, error: Error) => {
    if (worker !== stopped) return;
    worker = undefined;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const started = new Worker(file, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
    started.on('message', (reply: WorkerReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result as never);
      else waiting.reject(new ApiError(reply.error.type, reply.error.message));
    });
    // Only the current thread's death fails the jobs under way: one replaced after a crash
    // reports its exit later, and must not fail the jobs its successor is running.
    started.on('error', (error: NodeJS.ErrnoException) => {
      stop(started, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerStopped('out-of-memory', error.message) : error);
    });
    started.on('exit', (code) => stop(started, new WorkerStopped('crashed', `The core's worker thread stopped (exit code ${code}).`)));
    // An idle thread does not keep the process alive.
    started.unref();
    return started;
  };

  const run = <J extends WorkerJob>(job: J): Promise<WorkerResults[J['job']]> => {
    const id = nextId++;
    const running = (worker ??= start());
    running.ref();
    let timer: NodeJS.Timeout | undefined;
    return new Promise<WorkerResults[J['job']]>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      if (options.timeLimitMs !== undefined) {
        const limit = options.timeLimitMs;
        timer = setTimeout(() => {
          stop(running, new WorkerStopped('time-limit', `A job took more than ${limit} ms.`));
          void running.terminate();
        }, limit);
      }
      const request: WorkerRequest = { ...job, id };
      running.postMessage(request);
    }).finally(() => {
      clearTimeout(timer);
      if (pending.size === 0) worker?.unref();
    });
  };

  return {
    run,
    close: async () => {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}

/** The heap a file's reading may use: enough for the largest file admitted, never the machine's memory. */
export const READ_MEMORY_LIMIT_MB = 128;
/** The time a file's reading may take: a few seconds for the largest file admitted. */
export const READ_TIME_LIMIT_MS = 60_000;

/** The core's work off the main thread: exports on one thread, the reading of files to import on another, with limits. */
export interface CoreWorkers {
  exporter: Exporter;
  reader: FileReader;
  close(): Promise<void>;
}

/**
 * Worker threads from `file` (the built thread.ts) for the app and browser mode, so a
 * long export or a hostile file never blocks them. A file whose reading passes the
 * limits is refused like any other bad file, naming it; the thread is started afresh.
 */
export function createCoreWorkers(file: string): CoreWorkers {
  const exports = startWorkerThread(file);
  const reads = startWorkerThread(file, { resourceLimits: { maxOldGenerationSizeMb: READ_MEMORY_LIMIT_MB }, timeLimitMs: READ_TIME_LIMIT_MS });
  return {
    exporter: (document, format, options) => exports.run({ job: 'export', document, format, options }),
    reader: (importing) =>
      reads.run({ job: 'read', file: importing }).catch((error: unknown) => {
        throw readRefusal(importing.name, error);
      }),
    close: async () => {
      await Promise.all([exports.close(), reads.close()]);
    },
  };
}

function readRefusal(name: string, error: unknown): unknown {
  if (!(error instanceof WorkerStopped) || error.reason === 'crashed') return error;
  const why =
    error.reason === 'out-of-memory'
      ? `reading it needed more than ${READ_MEMORY_LIMIT_MB} MB of memory`
      : `reading it took more than ${READ_TIME_LIMIT_MS / 1000} seconds`;
  return importRefusal(name, `${why}, so it is too large or too intricate to read safely. Split it into smaller files and import those`);
}
