import { describe, expect, it } from 'vitest';
import { LessonData, NoteData } from '../../shared/domain';
import { richTextToPlain } from '../../shared/richtext';
import { lessonFromNote, lessonTitle } from '../../renderer/src/capture/lesson-from-note';
import { clockTime, isoWithOffset } from '../../renderer/src/library/dates';

// Promoting a workshop note makes a lesson in one step: a working title from the
// note's first sentence, the quote kept as the pull quote with its speaker, and
// the link back to the note (and so to the workshop).

const NOTE_ID = '6c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const WORKSHOP_ID = '7d3f0c9e-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const SOURCE_ID = '8e4a1b2c-3d4e-4f5a-9b6c-7d8e9f0a1b2c';

function note(fields: Partial<ReturnType<typeof NoteData.parse>>) {
  return NoteData.parse({ workshopId: WORKSHOP_ID, noteType: 'note', text: 'x', sourceIds: [SOURCE_ID], ...fields });
}

describe('a lesson from a workshop note', () => {
  it('takes its title from the first sentence', () => {
    expect(lessonTitle('Stocktakes hold departments to account. They meet monthly.')).toBe('Stocktakes hold departments to account');
  });

  it('cuts a long first sentence at twelve words', () => {
    const title = lessonTitle('The delivery unit should sit close to the chief minister so that its requests carry weight with departments');
    expect(title).toBe('The delivery unit should sit close to the chief minister so that…');
  });

  it('keeps a quote as the pull quote, attributed to the speaker and role, with no body', () => {
    const quote = note({
      noteType: 'quote',
      text: '“We need to move from command and control into coordinate and collaborate.”',
      speaker: 'Dr Jane Smith',
      speakerRole: 'Cabinet Office',
    });
    const lesson = LessonData.parse(lessonFromNote(NOTE_ID, quote));
    expect(lesson.title).toBe('We need to move from command and control into coordinate and collaborate');
    expect(lesson.quote).toEqual({ text: quote.text, attribution: 'Dr Jane Smith, Cabinet Office' });
    expect(richTextToPlain(lesson.body)).toBe('');
  });

  it('puts any other note in the body, a paragraph per line, and links back to the note and its sources', () => {
    const action = note({ noteType: 'action', text: 'Set up monthly stocktakes.\nInvite the finance department.', speaker: 'Ali' });
    const lesson = LessonData.parse(lessonFromNote(NOTE_ID, action));
    expect(lesson.quote).toBeNull();
    expect(lesson.body.root.children).toHaveLength(2);
    expect(richTextToPlain(lesson.body)).toBe('Set up monthly stocktakes.\nInvite the finance department.');
    expect(lesson.fromNoteId).toBe(NOTE_ID);
    expect(lesson.sourceIds).toEqual([SOURCE_ID]);
    expect(lesson.themes).toEqual([]);
    expect(lesson.jurisdictions).toEqual([]);
  });

  it('attributes a quote to whoever was noted, role or not', () => {
    const lesson = lessonFromNote(NOTE_ID, note({ noteType: 'quote', text: 'Short.', speaker: '', speakerRole: 'A provincial secretary' }));
    expect(lesson.quote?.attribution).toBe('A provincial secretary');
  });
});

describe('the time a note is taken', () => {
  it('is stored with the writer’s offset and reads back as the same moment', () => {
    const now = new Date(2017, 10, 13, 10, 30, 5);
    const stamped = isoWithOffset(now);
    expect(NoteData.shape.time.parse(stamped)).toBe(stamped);
    expect(Date.parse(stamped)).toBe(now.getTime());
    expect(clockTime(stamped)).toBe('10:30');
  });

  it('shows the clock time as written, whatever the reader’s zone', () => {
    expect(clockTime('2017-11-13T09:05:00+05:00')).toBe('09:05');
    expect(clockTime(null)).toBe('');
  });
});
