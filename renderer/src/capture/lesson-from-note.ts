import type { KindData, KindInput } from '../../../shared/domain';
import { paragraphNode, richTextRoot, textNode } from '../../../shared/richtext';

type Note = KindData<'note'>;

/** Long enough to say what the lesson is about, short enough for a heading. */
export const TITLE_WORDS = 12;

const QUOTES = /^["'“”‘’«»\s]+|["'“”‘’«»\s]+$/g;

/** The note's first sentence, cut at about a dozen words: a working title the rapporteur edits later. */
export function lessonTitle(text: string): string {
  const flat = text.replace(QUOTES, '').replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
  const words = sentence.split(' ');
  const cut = words.length > TITLE_WORDS;
  const title = words.slice(0, TITLE_WORDS).join(' ').replace(/[\s.,;:!?—–-]+$/, '').replace(QUOTES, '');
  return cut ? `${title}…` : title;
}

/** "Speaker, role", or whichever of them was noted. */
export function attribution(note: Pick<Note, 'speaker' | 'speakerRole'>): string {
  return [note.speaker.trim(), note.speakerRole.trim()].filter(Boolean).join(', ');
}

/**
 * The lesson a note becomes when promoted: a quote keeps its words as the
 * lesson's pull quote, anything else becomes the body; either way the lesson
 * remembers the note (and through it the workshop) and cites the same sources.
 */
export function lessonFromNote(noteId: string, note: Note): KindInput<'lesson'> {
  const isQuote = note.noteType === 'quote';
  const paragraphs = note.text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    title: lessonTitle(note.text),
    quote: isQuote ? { text: note.text.trim(), attribution: attribution(note) } : null,
    // A quote's lesson starts with one empty paragraph for the rapporteur to explain it.
    body: richTextRoot(isQuote ? [paragraphNode([])] : paragraphs.map((paragraph) => paragraphNode([textNode(paragraph)]))),
    themes: [],
    jurisdictions: [],
    fromNoteId: noteId,
    sourceIds: [...note.sourceIds],
    tags: [],
  };
}
