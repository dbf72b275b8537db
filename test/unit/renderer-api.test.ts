import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../shared/client';
import { ApiError } from '../../shared/errors';
import { takeAccessToken, type PageLike } from '../../renderer/src/transport/access-token';
import { createBridgeTransport, type Bridge } from '../../renderer/src/transport/bridge';
import { createHttpTransport, type FetchLike } from '../../renderer/src/transport/http';

function reply(status: number, body: unknown) {
  return { ok: status >= 200 && status < 300, status, json: () => Promise.resolve(body) };
}

function fakeFetch(status: number, body: unknown) {
  return vi.fn<FetchLike>().mockResolvedValue(reply(status, body));
}

describe('the browser-mode HTTP transport', () => {
  it('posts the input as JSON to /api/<method> with the token, and unwraps the value', async () => {
    const results = [{ id: 'x', kind: 'lesson', title: 'Delivery needs a unit', score: 1, snippet: [] }];
    const fetch = fakeFetch(200, { ok: true, value: { results } });
    const api = createClient(createHttpTransport({ token: 'c0ffee', fetch }));

    await expect(api.search({ query: 'delivery' })).resolves.toEqual({ results });

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/search');
    expect(init.method).toBe('POST');
    expect(init.headers['X-Rapporteur-Token']).toBe('c0ffee');
    expect(init.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(init.body)).toEqual({ query: 'delivery' });
  });

  it('sends {} for methods without input, to the server it is given', async () => {
    const fetch = fakeFetch(200, { ok: true, value: [] });
    const api = createClient(createHttpTransport({ token: 't', fetch, baseUrl: 'http://127.0.0.1:4310' }));
    await api['templates.list']({});
    expect(fetch.mock.calls[0]![0]).toBe('http://127.0.0.1:4310/api/templates.list');
    expect(JSON.parse(fetch.mock.calls[0]![1].body)).toEqual({});
  });

  it('turns an error envelope into an ApiError with its type and message, whatever the status', async () => {
    const fetch = fakeFetch(401, { ok: false, error: { type: 'unauthorized', message: 'The access token is wrong.' } });
    const api = createClient(createHttpTransport({ token: 'old', fetch }));
    const failure = await api['items.get']({ id: '7d3f0c9e-0000-4000-8000-000000000000' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ type: 'unauthorized', message: 'The access token is wrong.' });
  });

  it('explains a reply that is not an envelope', async () => {
    const fetch = vi.fn<FetchLike>().mockResolvedValue({ ok: false, status: 502, json: () => Promise.reject(new SyntaxError('not JSON')) });
    const api = createClient(createHttpTransport({ token: 't', fetch }));
    await expect(api['library.info']({})).rejects.toMatchObject({ type: 'internal', message: expect.stringContaining('HTTP 502') });
  });

  it('says so when the server does not answer', async () => {
    const fetch = vi.fn<FetchLike>().mockRejectedValue(new TypeError('Failed to fetch'));
    const api = createClient(createHttpTransport({ token: 't', fetch }));
    await expect(api['library.info']({})).rejects.toMatchObject({ type: 'internal', message: expect.stringContaining('rapporteur serve') });
  });
});

describe('the access token', () => {
  function fakePage(hash: string, stored: Record<string, string> = {}) {
    const storage = new Map(Object.entries(stored));
    const page: PageLike = {
      location: { hash, pathname: '/', search: '?view=library' },
      history: { replaceState: vi.fn() },
      sessionStorage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
    };
    return { page, storage };
  }

  it('is read from #token= once, kept for the tab, and removed from the address bar', () => {
    const { page, storage } = fakePage('#token=9f86d081884c7d65');
    expect(takeAccessToken(page)).toBe('9f86d081884c7d65');
    expect(page.history.replaceState).toHaveBeenCalledWith(null, '', '/?view=library');
    expect([...storage.values()]).toEqual(['9f86d081884c7d65']);

    // After a reload the fragment is gone, and the tab still has the token.
    const reloaded: PageLike = { ...page, location: { ...page.location, hash: '' }, history: { replaceState: vi.fn() } };
    expect(takeAccessToken(reloaded)).toBe('9f86d081884c7d65');
    expect(reloaded.history.replaceState).not.toHaveBeenCalled();
  });

  it('is missing when neither the address nor the tab has it', () => {
    const { page } = fakePage('#section=2');
    expect(takeAccessToken(page)).toBeNull();
    expect(page.history.replaceState).not.toHaveBeenCalled();
  });

  it('still works for this page when storage is switched off', () => {
    const { page } = fakePage('#token=abc123');
    page.sessionStorage.setItem = () => {
      throw new Error('SecurityError');
    };
    expect(takeAccessToken(page)).toBe('abc123');
  });
});

describe('the Electron transport', () => {
  it('hands each call to the preload bridge and unwraps its envelope', async () => {
    const search = vi.fn().mockResolvedValue({ ok: true, value: { results: [] } });
    const api = createClient(createBridgeTransport({ search } as unknown as Bridge));
    await expect(api.search({ query: 'quota' })).resolves.toEqual({ results: [] });
    expect(search).toHaveBeenCalledWith({ query: 'quota' });
  });
});
