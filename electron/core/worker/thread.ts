// The core's worker thread: exports and the reading of files to import run here, so a
// long export or a hostile file never freezes the window or the browser-mode server.
// It receives plain data (a resolved document, a file's bytes) and sends back the
// result or an error's { type, message }.
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../shared/errors';
import { exportResolved } from '../export';
import { readFile } from '../import/read';
import type { WorkerReply, WorkerRequest, WorkerResults } from './protocol';

if (!parentPort) throw new Error('The core worker must run as a worker thread.');
const port = parentPort;

function perform(request: WorkerRequest): Promise<WorkerResults[WorkerRequest['job']]> {
  switch (request.job) {
    case 'export':
      return exportResolved(request.document, request.format, request.options);
    case 'read':
      return readFile(request.file);
  }
}

port.on('message', (request: WorkerRequest) => {
  perform(request).then(
    (result) => {
      const reply: WorkerReply = { id: request.id, ok: true, result };
      // Copied, not transferred: small buffers share Node's pool, which must stay in this thread.
      port.postMessage(reply);
    },
    (error: unknown) => {
      const reply: WorkerReply = {
        id: request.id,
        ok: false,
        error: error instanceof ApiError ? error.toJSON() : { type: 'internal', message: error instanceof Error ? error.message : String(error) },
      };
      port.postMessage(reply);
    },
  );
});
