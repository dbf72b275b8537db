import { ApiError, messageOf } from '../../../shared/errors';

/**
 * Autosave without React: a change marks the document dirty and schedules a
 * save tick; the tick serializes once, keeps a local copy, and sends it. One
 * save is in flight at a time, and what changed meanwhile goes right after.
 */

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** The core could not be reached; the tick retries with backoff. */
  | { kind: 'offline'; message: string }
  /** The core refused what was sent (validation): retrying the same would fail again. */
  | { kind: 'refused'; message: string }
  /** The document changed elsewhere since the copy being saved; the writer decides. */
  | { kind: 'conflict'; message: string };

export type SaveFailure = 'retry' | 'refused' | 'conflict';

/** Conflicts and refusals are the core's answer; anything else is the connection and worth retrying. */
export function classifySaveError(error: unknown): SaveFailure {
  if (!(error instanceof ApiError)) return 'retry';
  if (error.type === 'conflict') return 'conflict';
  return error.type === 'internal' ? 'retry' : 'refused';
}


export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaveOptions<P> {
  /** Serializes the document; called only in a save tick, never per change. */
  collect(): P;
  /** Keeps the payload where a crash cannot take it (synchronous). */
  persist(payload: P, baseUpdatedAt: string | null): void;
  /** Sends it; resolves with the stored item's new `updatedAt`. */
  send(payload: P, baseUpdatedAt: string | null): Promise<string>;
  /** The core has `payload`; `upToDate` when nothing newer is waiting. */
  onSaved(payload: P, updatedAt: string, upToDate: boolean): void;
  onStatus(status: SaveStatus): void;
  /** The `updatedAt` of the stored copy the editor started from. */
  baseUpdatedAt: string | null;
  timers?: Timers;
  now?: () => number;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /**
   * While changes keep coming, save at least this often. Saves happen in the
   * writer's pauses; a save of a 100-page document takes ~50 ms of the page's
   * time, so saving every 2 s of non-stop typing held up 3–6% of keystrokes
   * (bench/typing). Hiding or closing the page keeps a local copy at once.
   */
  maxWaitMs?: number;
  firstRetryMs?: number;
  maxRetryMs?: number;
  classify?: (error: unknown) => SaveFailure;
}

export const OFFLINE_MESSAGE = 'the connection to Rapporteur was lost — retrying';
export const CONFLICT_MESSAGE = 'this document was changed somewhere else';

export class Autosaver<P> {
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly firstRetryMs: number;
  private readonly maxRetryMs: number;
  private readonly classify: (error: unknown) => SaveFailure;

  private base: string | null;
  /** Changes not yet serialized. */
  private dirty = false;
  private lastChangeAt = 0;
  private firstChangeAt = 0;
  /** Serialized but not yet acknowledged by the core. */
  private pending: P | null = null;
  private inFlight: Promise<void> | null = null;
  private tickTimer: unknown = null;
  private retryTimer: unknown = null;
  private retryMs: number;
  /** Sending waits: for the retry timer, or for the writer to settle a conflict or fix a refusal. */
  private held: 'retry' | 'conflict' | 'refused' | null = null;
  private status: SaveStatus = { kind: 'saved' };
  private disposed = false;

  constructor(private readonly options: AutosaveOptions<P>) {
    this.timers = options.timers ?? { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as number) };
    this.now = options.now ?? Date.now;
    this.debounceMs = options.debounceMs ?? 500;
    this.maxWaitMs = options.maxWaitMs ?? 5000;
    this.firstRetryMs = options.firstRetryMs ?? 1000;
    this.maxRetryMs = options.maxRetryMs ?? 30_000;
    this.classify = options.classify ?? classifySaveError;
    this.base = options.baseUpdatedAt;
    this.retryMs = this.firstRetryMs;
  }

  /** The `updatedAt` the next save is based on; null overwrites whatever is stored. */
  get baseUpdatedAt(): string | null {
    return this.base;
  }

  /** Something changed: cheap, so it can run on every keystroke. */
  changed(): void {
    if (this.disposed) return;
    const now = this.now();
    if (!this.dirty) this.firstChangeAt = now;
    this.dirty = true;
    this.lastChangeAt = now;
    // A refusal is for what was sent; a new change may fix it, so try again.
    if (this.held === 'refused') this.held = null;
    if (this.status.kind === 'saved') this.setStatus({ kind: 'saving' });
    if (this.tickTimer === null) this.schedule();
  }

  /** True while something typed is not yet stored by the core. */
  hasUnsaved(): boolean {
    return this.dirty || this.pending !== null || this.inFlight !== null;
  }

  /** Serializes and keeps the local copy now (page hiding or closing), then tries to send. */
  persistNow(): void {
    this.serialize();
    this.keepLocally();
    this.tick();
  }

  /**
   * Saves everything now, waiting for the save in flight and any after it.
   * True when the core has it all; false when the connection, a refusal or a
   * conflict stopped it (the status says which).
   */
  async flush(): Promise<boolean> {
    if (this.held === 'retry') this.release();
    for (;;) {
      this.tick();
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      return !this.hasUnsaved();
    }
  }

  /** After a conflict: save this version over the stored one. */
  overwrite(): Promise<boolean> {
    this.base = null;
    this.held = null;
    return this.flush();
  }

  /**
   * The editor now shows the stored copy of `updatedAt` (a restore, or the
   * other version after a conflict): what was waiting is dropped, and the
   * next change saves on top of it.
   */
  reset(updatedAt: string): void {
    this.base = updatedAt;
    this.dirty = false;
    this.pending = null;
    this.held = null;
    this.retryMs = this.firstRetryMs;
    this.clearTimers();
    this.setStatus({ kind: 'saved' });
  }

  /** A stored `updatedAt` the writer knowingly builds on (a named version taken, a restore). */
  rebase(updatedAt: string): void {
    this.base = updatedAt;
  }

  /** Stops the timers; a save in flight still completes. */
  dispose(): void {
    this.disposed = true;
    this.clearTimers();
  }

  private clearTimers(): void {
    if (this.tickTimer !== null) this.timers.clearTimeout(this.tickTimer);
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    this.tickTimer = null;
    this.retryTimer = null;
  }

  private schedule(): void {
    if (this.disposed) return;
    const due = Math.min(this.lastChangeAt + this.debounceMs, this.firstChangeAt + this.maxWaitMs);
    this.tickTimer = this.timers.setTimeout(() => this.onTimer(), Math.max(0, due - this.now()));
  }

  private onTimer(): void {
    this.tickTimer = null;
    const now = this.now();
    // Typing went on since the timer was set: wait for a pause, but no longer than the maximum.
    if (this.dirty && now < this.lastChangeAt + this.debounceMs && now < this.firstChangeAt + this.maxWaitMs) {
      this.schedule();
      return;
    }
    this.tick();
  }

  /**
   * Serializes the changes. The local copy (keepLocally) is written only when
   * they cannot go to the core at once (offline, a conflict, a refusal) and when
   * the page is hidden or closed: a 100-page document's copy costs ~10 ms, and
   * otherwise the core has the words within milliseconds.
   */
  /** True when there was something new to serialize. */
  private serialize(): boolean {
    if (!this.dirty) return false;
    this.dirty = false;
    this.pending = this.options.collect();
    return true;
  }

  private keepLocally(): void {
    if (this.pending !== null) this.options.persist(this.pending, this.base);
  }

  private tick(): void {
    if (this.tickTimer !== null) {
      this.timers.clearTimeout(this.tickTimer);
      this.tickTimer = null;
    }
    if (this.inFlight) return;
    const fresh = this.serialize();
    if (this.pending === null) return;
    if (this.held !== null) {
      if (fresh) this.keepLocally();
      return;
    }
    const payload = this.pending;
    this.setStatus({ kind: 'saving' });
    this.inFlight = this.options.send(payload, this.base).then(
      (updatedAt) => this.succeeded(payload, updatedAt),
      (error: unknown) => this.failed(error),
    );
  }

  private succeeded(payload: P, updatedAt: string): void {
    this.inFlight = null;
    this.base = updatedAt;
    this.retryMs = this.firstRetryMs;
    if (this.pending === payload) this.pending = null;
    const upToDate = !this.hasUnsaved();
    this.options.onSaved(payload, updatedAt, upToDate);
    if (upToDate) {
      this.setStatus({ kind: 'saved' });
    } else if (this.tickTimer === null && !this.disposed) {
      this.schedule();
    }
  }

  private failed(error: unknown): void {
    this.inFlight = null;
    this.keepLocally();
    const failure = this.classify(error);
    if (failure === 'conflict') {
      this.held = 'conflict';
      this.setStatus({ kind: 'conflict', message: CONFLICT_MESSAGE });
    } else if (failure === 'refused') {
      this.held = 'refused';
      this.setStatus({ kind: 'refused', message: messageOf(error) });
    } else {
      this.held = 'retry';
      this.setStatus({ kind: 'offline', message: OFFLINE_MESSAGE });
      if (!this.disposed) this.retryTimer = this.timers.setTimeout(() => this.release(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, this.maxRetryMs);
    }
  }

  private release(): void {
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.held = null;
    this.tick();
  }

  private setStatus(status: SaveStatus): void {
    const current = this.status;
    if (current.kind === status.kind && ('message' in current ? current.message : '') === ('message' in status ? status.message : '')) return;
    this.status = status;
    this.options.onStatus(status);
  }
}
