import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Transport } from '../../shared/client';
import type { ApiErrorShape, ApiErrorType, Envelope } from '../../shared/errors';
import { API_PATH, TOKEN_HEADER } from '../../shared/http';
import { serveStatic } from './static-files';

const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** How long the rest of a refused request's body is read (and dropped) so the client gets the refusal. */
const REFUSED_BODY_DRAIN_MS = 5_000;
const LOOPBACK = '127.0.0.1';

const STATUS: Record<ApiErrorType, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  'not-found': 404,
  'unknown-method': 404,
  conflict: 409,
  'in-use': 409,
  'library-too-new': 409,
  'library-damaged': 500,
  unavailable: 501,
  internal: 500,
};

export interface BridgeOptions {
  /** Runs one call against the core (validation included). */
  call: Transport;
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer, served at `/`; omit to serve the API only. */
  staticDir?: string | undefined;
  token?: string;
}

export interface Bridge {
  url: string;
  /** The address to open: the URL with the token in its fragment, which browsers never send. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiErrorShape,
  ) {
    super(error.message);
  }
}

function sendJson(response: ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  endAfterBody(response, text);
}

/**
 * Ends a reply once the request's body has all arrived. A refusal can come
 * before or while the body is read; the rest is then read and dropped, because
 * closing a connection the client is still sending on resets it, and the
 * client sees a dropped connection instead of the reply. A client that keeps
 * sending long after is cut off.
 */
function endAfterBody(response: ServerResponse, text: string): void {
  const request = response.req;
  if (request.complete) {
    response.end(text);
    return;
  }
  response.write(text);
  const cutOff = setTimeout(() => request.destroy(), REFUSED_BODY_DRAIN_MS);
  cutOff.unref();
  request.once('close', () => clearTimeout(cutOff));
  request.once('end', () => response.end());
  request.resume();
}

function fail(status: number, type: ApiErrorType, message: string): never {
  throw new RequestError(status, { type, message });
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail(400, 'invalid-input', `The request body is not valid JSON (${(error as Error).message}).`);
  }
}

/** Reads a request body of at most MAX_BODY_BYTES, refusing a larger one as soon as it is known to be too large. */
function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      reject(new RequestError(413, { type: 'invalid-input', message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.` }));
    };
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) refuse();
      else chunks.push(chunk);
    });
    request.once('end', () => {
      if (refused) return;
      try {
        resolve(parseBody(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
    request.once('error', reject);
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) refuse();
  });
}

/** The method a path names; one that is not valid percent-encoding is still a name, just not a method. */
function methodName(path: string): string {
  const name = path.slice(API_PATH.length);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Browser mode: the same API over HTTP, on the loopback interface only. Every
 * request must name this server by Host (so a rebound DNS name cannot reach it);
 * API calls must come from this origin (or none) and carry the run's token.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let allowedHosts: Set<string> = new Set();
  let allowedOrigins: Set<string> = new Set();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      fail(403, 'unauthorized', 'This server answers only to 127.0.0.1 and localhost on its own port.');
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(API_PATH)) {
      if (request.method !== 'GET' && request.method !== 'HEAD') fail(405, 'invalid-input', 'Only GET is allowed here.');
      if (!options.staticDir || !(await serveStatic(options.staticDir, path, response))) {
        fail(404, 'not-found', `Nothing is at ${path}.`);
      }
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      fail(403, 'unauthorized', `Requests from ${origin} are not allowed; open Rapporteur at the address \`serve\` printed.`);
    }
    if (!sameToken(request.headers[TOKEN_HEADER.toLowerCase()], token)) {
      fail(401, 'unauthorized', 'The access token is missing or wrong; open Rapporteur at the address `serve` printed, which includes it.');
    }
    if (request.method !== 'POST') fail(405, 'invalid-input', 'API calls must be POST requests with a JSON body.');
    const input = await readBody(request);
    const envelope = await options.call(methodName(path) as never, input);
    sendJson(response, envelope.ok ? 200 : STATUS[envelope.error.type], envelope);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof RequestError) {
        sendJson(response, error.status, { ok: false, error: error.error });
        return;
      }
      sendJson(response, 500, { ok: false, error: { type: 'internal', message: 'The request could not be completed.' } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
  const url = `http://${LOOPBACK}:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
