import type { Timers } from './autosave';

/** How long without a change counts as the writer pausing. */
export const PAUSE_MS = 700;

/**
 * Holds screen updates that follow the writing (the outline, the checker's
 * findings) until the writer pauses. While the editor has the focus, every
 * React render makes React measure the selection by walking the editor's whole
 * DOM, which in a 100-page document costs a keystroke its frame.
 */
export class WriterPauses {
  private lastChangeAt = Number.NEGATIVE_INFINITY;
  private readonly waiting = new Map<string, () => void>();
  private timer: unknown = null;
  private readonly timers: Timers;
  private readonly now: () => number;

  constructor(options: { timers?: Timers; now?: () => number } = {}) {
    this.timers = options.timers ?? { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as number) };
    this.now = options.now ?? (() => performance.now());
  }

  /** The writer changed something: cheap, so it can run on every keystroke. */
  changed(): void {
    this.lastChangeAt = this.now();
  }

  /** Runs `update` at the next pause (at once when there is no typing); a later one under the same name replaces it. */
  whenPaused(name: string, update: () => void): void {
    this.waiting.set(name, update);
    this.arm();
  }

  dispose(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.waiting.clear();
  }

  private arm(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastChangeAt + PAUSE_MS - this.now());
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      if (this.now() - this.lastChangeAt < PAUSE_MS) {
        this.arm();
        return;
      }
      const updates = [...this.waiting.values()];
      this.waiting.clear();
      for (const update of updates) update();
    }, wait);
  }
}
