import type { FileFormat } from '../../../shared/briefing';
import type { ApiErrorShape } from '../../../shared/errors';
import type { ResolvedDocument } from '../briefing/model';
import type { ExportOptions } from '../export';
import type { ImportFile, Recognised } from '../import/model';

/** The work the core hands a worker thread: plain data in, plain data out. */
export type WorkerJob =
  | { job: 'export'; document: ResolvedDocument; format: FileFormat; options: ExportOptions }
  | { job: 'read'; file: ImportFile };

/** What each job gives back. */
export interface WorkerResults {
  export: Uint8Array;
  read: Recognised;
}

export type WorkerRequest = WorkerJob & { id: number };

export type WorkerReply = { id: number; ok: true; result: WorkerResults[WorkerJob['job']] } | { id: number; ok: false; error: ApiErrorShape };
