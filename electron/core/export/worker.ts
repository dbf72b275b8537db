// The export worker: runs exporters on a thread of their own, so a long export
// never freezes the window or the browser-mode server. It receives a resolved
// document (plain data) and sends back the file's bytes or an error's { type, message }.
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../shared/errors';
import { exportResolved } from '.';
import type { ExportRequest, ExportReply } from './worker-protocol';

if (!parentPort) throw new Error('The export worker must run as a worker thread.');
const port = parentPort;

port.on('message', (request: ExportRequest) => {
  exportResolved(request.document, request.format, request.options).then(
    (bytes) => {
      const reply: ExportReply = { id: request.id, ok: true, bytes };
      // Copied, not transferred: small buffers share Node's pool, which must stay in this thread.
      port.postMessage(reply);
    },
    (error: unknown) => {
      const reply: ExportReply = {
        id: request.id,
        ok: false,
        error: error instanceof ApiError ? error.toJSON() : { type: 'internal', message: error instanceof Error ? error.message : String(error) },
      };
      port.postMessage(reply);
    },
  );
});
