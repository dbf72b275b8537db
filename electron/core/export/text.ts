import type { FootnoteRun, LessonBlock, ResolvedDocument, ResolvedSection, TableBlock, TableCell } from '../briefing/model';

/**
 * What the Markdown and HTML exporters print alike: which sections have a
 * body, the words of their headings, a lesson's heading, a table's grid and
 * the numbering of footnotes.
 */

/**
 * The sections printed in the body. The title section is left out: both
 * formats print the title and subtitle from the document's metadata.
 */
export function bodySections(document: ResolvedDocument): ResolvedSection[] {
  return document.sections.filter((section) => section.spec?.kind !== 'title');
}

/** "2. Lessons", "Lessons", or null when the section prints no heading. */
export function sectionHeading(section: ResolvedSection): string | null {
  if (!section.printHeading || !section.heading.trim()) return null;
  return section.number === null ? section.heading : `${section.number}. ${section.heading}`;
}

/** "Lesson 1: Title"; just the title when the template numbers lessons with an empty label. */
export function lessonHeading(lesson: LessonBlock): string {
  return [lesson.label, lesson.title].filter((part) => part.trim()).join(' ');
}

/** A table's rows, each padded with empty cells to the widest row's length. */
export function tableGrid(table: TableBlock): TableCell[][] {
  const columns = Math.max(0, ...table.rows.map((row) => row.length));
  return table.rows.map((row) => [...row, ...Array.from({ length: columns - row.length }, (): TableCell => ({ blocks: [] }))]);
}

/**
 * Footnotes numbered in the order an exporter prints them. A note with no
 * text is left out, marker and all; a note in an unprinted place (the title
 * block) leaves no gap in the numbers, just as Word and pandoc renumber.
 * Printing the same note twice (a table measured, then drawn) keeps its number.
 */
export class FootnoteNumbering {
  readonly notes: { number: number; text: string }[] = [];
  private readonly numbers = new Map<FootnoteRun, number>();

  /** The note's printed number, or null when it prints nothing. */
  add(run: FootnoteRun): number | null {
    const text = run.text.trim();
    if (!text) return null;
    let number = this.numbers.get(run);
    if (number === undefined) {
      number = this.notes.length + 1;
      this.numbers.set(run, number);
      this.notes.push({ number, text });
    }
    return number;
  }
}
