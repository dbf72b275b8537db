import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAUSE_MS, WriterPauses } from '../../renderer/src/document/writer-pauses';

// The outline and the checker's findings change on screen only when the writer
// pauses, and then each shows its latest value once.

describe('updates held for the writer’s pause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows at once when nobody is typing', () => {
    const pauses = new WriterPauses({ now: Date.now });
    const shown: string[] = [];
    pauses.whenPaused('outline', () => shown.push('outline'));
    vi.advanceTimersByTime(0);
    expect(shown).toEqual(['outline']);
  });

  it('waits while keys keep coming, then shows the latest of each once', () => {
    const pauses = new WriterPauses({ now: Date.now });
    const shown: string[] = [];
    for (let key = 0; key < 50; key++) {
      pauses.changed();
      if (key === 10) pauses.whenPaused('outline', () => shown.push('outline at key 10'));
      if (key === 20) pauses.whenPaused('checker', () => shown.push('findings'));
      if (key === 30) pauses.whenPaused('outline', () => shown.push('outline at key 30'));
      vi.advanceTimersByTime(60);
    }
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(shown).toEqual(['outline at key 30', 'findings']);
    vi.advanceTimersByTime(10 * PAUSE_MS);
    expect(shown).toHaveLength(2);
  });

  it('shows nothing after the screen has gone', () => {
    const pauses = new WriterPauses({ now: Date.now });
    const shown: string[] = [];
    pauses.changed();
    pauses.whenPaused('outline', () => shown.push('outline'));
    pauses.dispose();
    vi.advanceTimersByTime(10 * PAUSE_MS);
    expect(shown).toEqual([]);
  });
});
