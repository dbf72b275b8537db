import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/container';
import { startBridge, type Bridge } from '../../electron/server/http-bridge';
import { fingerprint } from '../helpers/temp-library';

/**
 * Browser mode's HTTP bridge, as a browser (or a hostile page, or another
 * program on the machine) meets it. Requests go through node:http, because
 * fetch cannot send a Host header of its choosing.
 */

const INDEX_HTML = '<!doctype html><title>Rapporteur</title><div id="root"></div>';
const APP_JS = 'console.log("rapporteur");';
const SECRET = 'not for the browser';

let root: string;
let core: Core;
let bridge: Bridge;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rapporteur-bridge-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'app.js'), APP_JS);
  // Files just outside the served folder, which traversal attempts aim at.
  writeFileSync(join(root, 'secret.txt'), SECRET);
  mkdirSync(join(root, 'renderer-private'));
  writeFileSync(join(root, 'renderer-private', 'secret.txt'), SECRET);

  core = createCore({ libraryPath: join(root, 'library.sqlite'), onInternalError: () => undefined });
  bridge = await startBridge({ call: core.call, port: 0, staticDir });
});

afterAll(async () => {
  await bridge?.close();
  core?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body as JSON; fails the test with the body when it is not JSON. */
  json(): unknown;
}

interface Call {
  method?: string;
  /** Sent as it is: node:http does not normalise `..` or percent-escapes. */
  path: string;
  /** `undefined` leaves a default header out. */
  headers?: Record<string, string | undefined>;
  body?: string;
}

/** Starts a request to the bridge, with the host, token and content type a good call has. */
function open(method: string, path: string, headers: Record<string, string | undefined> = {}): ClientRequest {
  const defaults: Record<string, string | undefined> = {
    host: `127.0.0.1:${bridge.port}`,
    'content-type': 'application/json',
    'x-rapporteur-token': bridge.token,
  };
  const sent: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries({ ...defaults, ...headers })) if (value !== undefined) sent[name] = value;
  return httpRequest({ host: '127.0.0.1', port: bridge.port, method, path, headers: sent, agent: false });
}

/** The whole reply to a request; `onResponse` runs as soon as its status arrives. */
function replyTo(req: ClientRequest, onResponse: () => void = () => undefined): Promise<Reply> {
  return new Promise((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      onResponse();
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        req.destroy();
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          json: () => {
            try {
              return JSON.parse(text) as unknown;
            } catch {
              throw new Error(`Expected a JSON reply to ${req.method} ${req.path}, got HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
            }
          },
        });
      });
    });
  });
}

function send({ method = 'POST', path, headers, body }: Call): Promise<Reply> {
  const req = open(method, path, headers);
  const reply = replyTo(req);
  req.end(body);
  return reply;
}

const api = (method: string, input: unknown, extra: Omit<Call, 'path' | 'body'> = {}) =>
  send({ path: `/api/${method}`, body: JSON.stringify(input), ...extra });

/** A lesson the library would accept: refused requests carry it, so a leak would show as a change. */
const newLesson = (title: string) => ({
  kind: 'lesson',
  data: { title, body: { root: { type: 'root', children: [] } } },
});

/** Makes a request that must be refused, and checks it left the library exactly as it was. */
async function refused(make: () => Promise<Reply>): Promise<Reply> {
  const before = fingerprint(core.library.db);
  const reply = await make();
  expect(fingerprint(core.library.db), 'a refused request changed the library').toBe(before);
  return reply;
}

function expectError(reply: Reply, status: number, type: string): string {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  const body = reply.json() as { ok: boolean; error: { type: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error.type).toBe(type);
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error.message;
}

describe('API calls', () => {
  it('answers a good call with 200 and an envelope holding the value', async () => {
    const reply = await api('items.list', { kind: 'lesson' });
    expect(reply.status, reply.text).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    const body = reply.json() as { ok: true; value: { items: { kind: string; title: string }[]; total: number } };
    expect(body.ok).toBe(true);
    const titles = body.value.items.map((item) => item.title);
    expect(titles).toContain('Build a trusting relationship with the sectoral departments');
    expect(titles).toContain('Build the right team');
    expect(body.value.items.every((item) => item.kind === 'lesson')).toBe(true);
    expect(body.value.total).toBe(body.value.items.length);
  });

  it('accepts localhost by name, and an Origin that is this server', async () => {
    const byName = await api('items.list', { kind: 'unit' }, { headers: { host: `localhost:${bridge.port}` } });
    expect(byName.status, byName.text).toBe(200);
    const sameOrigin = await api('items.list', { kind: 'unit' }, { headers: { origin: `http://127.0.0.1:${bridge.port}` } });
    expect(sameOrigin.status, sameOrigin.text).toBe(200);
  });

  it('refuses a call without the token (401)', async () => {
    const reply = await refused(() => api('items.create', newLesson('No token'), { headers: { 'x-rapporteur-token': undefined } }));
    expect(expectError(reply, 401, 'unauthorized')).toMatch(/token/);
  });

  it('refuses a call with a wrong token, including one that differs only in length (401)', async () => {
    const wrong = bridge.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    for (const token of [wrong, `${bridge.token}0`, bridge.token.slice(1), '']) {
      const reply = await refused(() => api('items.create', newLesson('Wrong token'), { headers: { 'x-rapporteur-token': token } }));
      expectError(reply, 401, 'unauthorized');
    }
  });

  it('refuses a Host that is not this server (403), for the API and for pages', async () => {
    for (const host of [`evil.example:${bridge.port}`, '127.0.0.1', `127.0.0.1:${bridge.port + 1}`, `localhost.evil.example:${bridge.port}`]) {
      const call = await refused(() => api('items.create', newLesson('Rebound DNS'), { headers: { host } }));
      expectError(call, 403, 'unauthorized');
      const page = await send({ method: 'GET', path: '/', headers: { host } });
      expectError(page, 403, 'unauthorized');
      expect(page.text).not.toContain('Rapporteur</title>');
    }
  });

  it('refuses a call from a foreign Origin (403), even with the token', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${bridge.port}`, `http://127.0.0.1:${bridge.port + 1}`, 'null']) {
      const reply = await refused(() => api('items.create', newLesson('Cross-site'), { headers: { origin } }));
      expect(expectError(reply, 403, 'unauthorized')).toContain(origin);
    }
  });

  it('refuses a body that is not JSON (400 invalid-input naming JSON)', async () => {
    const reply = await refused(() => send({ path: '/api/items.create', body: '{"kind": "lesson", "data": {' }));
    expect(expectError(reply, 400, 'invalid-input')).toMatch(/JSON/);
  });

  it('refuses a method the API does not have (404 unknown-method)', async () => {
    const reply = await refused(() => api('items.drop', { kind: 'lesson' }));
    expect(expectError(reply, 404, 'unknown-method')).toContain('items.drop');
    const garbled = await refused(() => send({ path: '/api/items.%E0%A4%A', body: '{}' }));
    expectError(garbled, 404, 'unknown-method');
  });

  it('refuses input that fails validation (400), naming the field', async () => {
    const reply = await refused(() => api('items.create', { kind: 'lesson', data: { body: { root: { type: 'root', children: [] } } } }));
    expect(expectError(reply, 400, 'invalid-input')).toMatch(/data\.title/);
  });

  it('answers not-found (404) when the id is of another kind', async () => {
    const lessons = (await api('items.list', { kind: 'lesson' })).json() as { value: { items: { id: string }[] } };
    const lessonId = lessons.value.items[0]?.id;
    expect(lessonId).toBeDefined();
    const reply = await refused(() => api('items.get', { id: lessonId, kind: 'unit' }));
    expect(expectError(reply, 404, 'not-found')).toBe(`${lessonId} is a lesson, not a delivery unit.`);
  });

  it('refuses GET (and other verbs) on the API (405)', async () => {
    const get = await refused(() => send({ method: 'GET', path: '/api/items.list' }));
    expectError(get, 405, 'invalid-input');
    const put = await refused(() => send({ method: 'PUT', path: '/api/items.create', body: JSON.stringify(newLesson('PUT')) }));
    expectError(put, 405, 'invalid-input');
  });

  it('refuses a body declared larger than the limit (413) before reading it', async () => {
    const reply = await refused(() => {
      // Declares 64 MB, sends a few bytes and waits: the answer must come without the rest.
      const req = open('POST', '/api/items.create', { 'content-length': String(64 * 1024 * 1024) });
      const reply = replyTo(req);
      req.write('{"kind":"lesson","data":');
      return reply;
    });
    expect(expectError(reply, 413, 'invalid-input')).toMatch(/larger than/);
  });

  it('refuses a streamed body once it passes the limit (413), without waiting for all of it', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const plannedBytes = 256 * 1024 * 1024;
    let sentBytes = 0;
    let answered = false;
    const reply = await refused(() => {
      // No Content-Length: the body is chunked, so only counting can stop it.
      const req = open('POST', '/api/items.create');
      const reply = replyTo(req, () => (answered = true)).catch((error: Error) => {
        throw new Error(`The server dropped the connection instead of answering 413 (after ${sentBytes} bytes): ${error.message}`);
      });
      const pump = () => {
        while (!answered && !req.destroyed && sentBytes < plannedBytes) {
          sentBytes += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        if (!answered && !req.destroyed) req.end();
      };
      pump();
      return reply;
    });
    expect(expectError(reply, 413, 'invalid-input')).toMatch(/larger than/);
    expect(sentBytes, 'the server waited for the whole body before refusing it').toBeLessThan(plannedBytes);
  });

  it('still answers after refusing an oversized body', async () => {
    const reply = await api('library.info', {});
    expect(reply.status, reply.text).toBe(200);
  });
});

describe('the built renderer', () => {
  it('serves index.html at / with a strict Content-Security-Policy and security headers', async () => {
    const reply = await send({ method: 'GET', path: '/', headers: { 'x-rapporteur-token': undefined, 'content-type': undefined } });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content type', async () => {
    const reply = await send({ method: 'GET', path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(APP_JS);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for what is not there, and 405 for writes', async () => {
    expectError(await send({ method: 'GET', path: '/nothing-here.js' }), 404, 'not-found');
    expectError(await send({ method: 'GET', path: '/assets/' }), 404, 'not-found');
    expectError(await send({ method: 'POST', path: '/index.html', body: '{}' }), 405, 'invalid-input');
  });

  it.each([
    '/../../etc/passwd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/assets/..%2f..%2fsecret.txt',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e%2frenderer-private%2fsecret.txt',
    '/..%5csecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('does not serve %s', async (path) => {
    const reply = await send({ method: 'GET', path });
    expectError(reply, 404, 'not-found');
    expect(reply.text).not.toContain(SECRET);
    expect(reply.text).not.toContain('root:');
  });
});

describe('the network', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(bridge.openUrl).toBe(`${bridge.url}#token=${bridge.token}`);
    const elsewhere = Object.values(networkInterfaces())
      .flatMap((addresses) => addresses ?? [])
      // Link-local IPv6 needs a scope id to be reached at all; it says nothing here.
      .filter((address) => !address.internal && !address.address.toLowerCase().startsWith('fe80'))
      .map((address) => address.address);
    for (const address of elsewhere) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: bridge.port, timeout: 2000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('timeout', () => {
          socket.destroy();
          resolve('timed out');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      });
      expect(outcome, `the bridge answered on ${address}, which is not loopback`).not.toBe('connected');
    }
  });
});

describe('the fingerprint the refusals are checked against', () => {
  // Last, because it changes the library: shows that a call that gets through does show up.
  it('changes when a call with the token gets through', async () => {
    const before = fingerprint(core.library.db);
    const reply = await api('items.create', newLesson('Made over HTTP'));
    expect(reply.status, reply.text).toBe(200);
    expect((reply.json() as { value: { data: { title: string } } }).value.data.title).toBe('Made over HTTP');
    expect(fingerprint(core.library.db)).not.toBe(before);
  });
});
