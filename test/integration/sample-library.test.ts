import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../shared/kinds';
import { checkLibrary } from '../../electron/core/library/check';
import { SAMPLE_LIBRARY } from '../../electron/core/library/sample';
import { tempCore } from '../helpers/temp-library';

describe('the sample library a new user starts with', () => {
  it('loads whole into a new library, consistent and searchable', async () => {
    const core = tempCore();
    const counts = (await core.api['library.info']({})).counts;
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(SAMPLE_LIBRARY.length);
    for (const kind of KIND_NAMES) expect(counts[kind], kind).toBeGreaterThan(0);
    expect(checkLibrary(core.library)).toEqual([]);
  });

  it('links every item to the source it was written from', () => {
    const sources = new Set(SAMPLE_LIBRARY.filter((item) => item.kind === 'source').map((item) => item.id));
    for (const item of SAMPLE_LIBRARY) {
      if (item.kind === 'source') continue;
      const linked = item.data.sourceIds ?? [];
      expect(linked.length, `${item.kind} ${item.id}`).toBeGreaterThan(0);
      for (const id of linked) expect(sources.has(id), `${item.kind} ${item.id} -> ${id}`).toBe(true);
    }
  });

  it('is not added again to a library that already has it', async () => {
    const core = tempCore();
    const before = (await core.api['library.info']({})).counts;
    core.close();
    const reopened = tempCore({ libraryPath: core.library.path });
    expect((await reopened.api['library.info']({})).counts).toEqual(before);
  });

  it('keeps the briefing’s lessons in order with their pull quotes', async () => {
    const { api } = tempCore();
    const { items } = await api['items.list']({ kind: 'lesson', limit: 6 });
    const lessons = await Promise.all(items.map((item) => api['items.get']({ id: item.id, kind: 'lesson' })));
    expect(lessons.map((lesson) => lesson.kind === 'lesson' && lesson.data.quote?.text)).toEqual([
      expect.stringContaining('drive prioritisation'),
      expect.stringContaining('white cat or a black cat'),
      expect.stringContaining('command and control'),
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
  });

  it('holds the Islamabad workshop of 13–14 November 2017 with attributed quotes', async () => {
    const { api } = tempCore();
    const results = (await api.search({ query: 'Joanna Reid', kind: 'note' })).results;
    expect(results.length).toBeGreaterThan(0);
    const note = await api['items.get']({ id: results[0]!.id, kind: 'note' });
    if (note.kind !== 'note') throw new Error('not a note');
    expect(note.data.noteType).toBe('quote');
    const workshop = await api['items.get']({ id: note.data.workshopId, kind: 'workshop' });
    expect(workshop.data).toMatchObject({ place: expect.stringContaining('Islamabad'), startDate: '2017-11-13', endDate: '2017-11-14' });
  });
});
