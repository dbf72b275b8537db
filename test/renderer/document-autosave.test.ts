import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors';
import { Autosaver, CONFLICT_MESSAGE, OFFLINE_MESSAGE, type SaveStatus } from '../../renderer/src/document/autosave';

// What the writer relies on: a pause in typing saves within a second, long
// typing still saves every five seconds, nothing is sent twice at once, a lost
// connection is retried with growing waits, and a conflict or refusal waits for them.

interface Sent {
  payload: number;
  base: string | null;
  resolve(updatedAt: string): void;
  reject(error: unknown): void;
}

function setup(options: { base?: string | null } = {}) {
  let text = 0;
  const sent: Sent[] = [];
  const persisted: { payload: number; base: string | null }[] = [];
  const saved: { payload: number; updatedAt: string; upToDate: boolean }[] = [];
  const statuses: SaveStatus[] = [];
  let collects = 0;
  const saver = new Autosaver<number>({
    baseUpdatedAt: options.base === undefined ? 'v0' : options.base,
    collect: () => {
      collects += 1;
      return text;
    },
    persist: (payload, base) => persisted.push({ payload, base }),
    send: (payload, base) =>
      new Promise<string>((resolve, reject) => {
        sent.push({ payload, base, resolve, reject });
      }),
    onSaved: (payload, updatedAt, upToDate) => saved.push({ payload, updatedAt, upToDate }),
    onStatus: (status) => statuses.push(status),
  });
  const type = () => {
    text += 1;
    saver.changed();
  };
  return { saver, sent, persisted, saved, statuses, type, collects: () => collects, status: () => statuses.at(-1) };
}

/** Lets the promise callbacks of a settled send run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves half a second after the last change, serializing once', async () => {
    const { sent, type, collects, status } = setup();
    type();
    vi.advanceTimersByTime(300);
    type();
    type();
    expect(status()).toEqual({ kind: 'saving' });
    vi.advanceTimersByTime(499);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(sent.map((save) => save.payload)).toEqual([3]);
    expect(collects()).toBe(1);
    sent[0]?.resolve('v1');
    await settle();
    expect(status()).toEqual({ kind: 'saved' });
  });

  it('saves at least every five seconds while typing goes on', async () => {
    const { sent, type } = setup();
    for (let elapsed = 0; elapsed < 11_000; elapsed += 100) {
      type();
      vi.advanceTimersByTime(100);
      const last = sent.at(-1);
      if (last) {
        last.resolve(`v${sent.length}`);
        await settle();
      }
    }
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.length).toBeLessThanOrEqual(3);
  });

  it('sends at once without a local copy, keeps one when the page is hidden, and builds each save on the last one', async () => {
    const { saver, sent, persisted, saved, type } = setup();
    type();
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(1);
    expect(persisted).toEqual([]);
    type();
    saver.persistNow();
    expect(persisted).toEqual([{ payload: 2, base: 'v0' }]);
    sent[0]?.resolve('v1');
    await settle();
    expect(saved[0]).toEqual({ payload: 1, updatedAt: 'v1', upToDate: false });
    vi.advanceTimersByTime(500);
    expect(sent[1]).toMatchObject({ payload: 2, base: 'v1' });
    sent[1]?.resolve('v2');
    await settle();
    expect(saved[1]).toEqual({ payload: 2, updatedAt: 'v2', upToDate: true });
  });

  it('has one save in flight at a time and sends what changed meanwhile right after', async () => {
    const { sent, saved, type, status } = setup();
    type();
    vi.advanceTimersByTime(500);
    type();
    type();
    vi.advanceTimersByTime(5000);
    expect(sent).toHaveLength(1);
    sent[0]?.resolve('v1');
    await settle();
    expect(saved[0]).toEqual({ payload: 1, updatedAt: 'v1', upToDate: false });
    expect(status()).toEqual({ kind: 'saving' });
    expect(sent.map((save) => save.payload)).toEqual([1, 3]);
    expect(sent[1]?.base).toBe('v1');
    sent[1]?.resolve('v2');
    await settle();
    expect(status()).toEqual({ kind: 'saved' });
  });

  it('retries a lost connection after 1, 2, 4 … seconds, up to 30', async () => {
    const { sent, type, status } = setup();
    type();
    vi.advanceTimersByTime(500);
    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      sent.at(-1)?.reject(new ApiError('internal', 'Rapporteur’s server did not answer.'));
      await settle();
      expect(status()).toEqual({ kind: 'offline', message: OFFLINE_MESSAGE });
      const before = sent.length;
      let waited = 0;
      while (sent.length === before) {
        vi.advanceTimersByTime(500);
        waited += 500;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(new Set(sent.map((save) => save.payload))).toEqual(new Set([1]));
    sent.at(-1)?.resolve('v1');
    await settle();
    expect(status()).toEqual({ kind: 'saved' });
  });

  it('keeps changes made while offline and sends the latest when the connection is back', async () => {
    const { sent, persisted, type } = setup();
    type();
    vi.advanceTimersByTime(500);
    sent[0]?.reject(new TypeError('Failed to fetch'));
    await settle();
    type();
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(1);
    expect(persisted.at(-1)?.payload).toBe(2);
    vi.advanceTimersByTime(500);
    expect(sent.at(-1)?.payload).toBe(2);
  });

  it('does not retry a refusal blindly, and tries again after the next change', async () => {
    const { sent, type, status } = setup();
    type();
    vi.advanceTimersByTime(500);
    sent[0]?.reject(new ApiError('invalid-input', 'data.state: a footnote needs its text'));
    await settle();
    expect(status()).toEqual({ kind: 'refused', message: 'data.state: a footnote needs its text' });
    vi.advanceTimersByTime(60_000);
    expect(sent).toHaveLength(1);
    type();
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(2);
  });

  it('holds saves on a conflict until the writer keeps their version', async () => {
    const { saver, sent, persisted, type, status } = setup();
    type();
    vi.advanceTimersByTime(500);
    sent[0]?.reject(new ApiError('conflict', 'This document was changed elsewhere.'));
    await settle();
    expect(status()).toEqual({ kind: 'conflict', message: CONFLICT_MESSAGE });
    type();
    vi.advanceTimersByTime(5000);
    expect(sent).toHaveLength(1);
    expect(persisted.at(-1)?.payload).toBe(2);
    const done = saver.overwrite();
    expect(sent[1]).toMatchObject({ payload: 2, base: null });
    sent[1]?.resolve('v9');
    await expect(done).resolves.toBe(true);
    expect(saver.baseUpdatedAt).toBe('v9');
  });

  it('flushes at once, waiting for the save in flight first', async () => {
    const { saver, sent, type } = setup();
    type();
    vi.advanceTimersByTime(500);
    type();
    const done = saver.flush();
    expect(sent).toHaveLength(1);
    sent[0]?.resolve('v1');
    await settle();
    expect(sent.map((save) => save.payload)).toEqual([1, 2]);
    sent[1]?.resolve('v2');
    await expect(done).resolves.toBe(true);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('says when a flush could not save, so export and restore do not go ahead on old text', async () => {
    const { saver, sent, type } = setup();
    type();
    const done = saver.flush();
    sent[0]?.reject(new TypeError('Failed to fetch'));
    await expect(done).resolves.toBe(false);
    expect(saver.hasUnsaved()).toBe(true);
  });

  it('starts over from a stored copy after a restore, dropping what was waiting', async () => {
    const { saver, sent, type, status } = setup();
    type();
    vi.advanceTimersByTime(500);
    sent[0]?.reject(new ApiError('conflict', 'changed elsewhere'));
    await settle();
    saver.reset('v5');
    expect(status()).toEqual({ kind: 'saved' });
    expect(saver.hasUnsaved()).toBe(false);
    type();
    vi.advanceTimersByTime(500);
    expect(sent[1]?.base).toBe('v5');
  });
});
