import type { FileFormat } from '../../../shared/briefing';
import type { ApiErrorShape } from '../../../shared/errors';
import type { ResolvedDocument } from '../briefing/model';
import type { ExportOptions } from '.';

/** What the app sends the export worker, and what comes back. */
export interface ExportRequest {
  id: number;
  document: ResolvedDocument;
  format: FileFormat;
  options: ExportOptions;
}

export type ExportReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; error: ApiErrorShape };
