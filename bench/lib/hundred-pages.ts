// The generated 100-page document the benchmarks measure: 40 sessions of 10
// paragraphs, 20 data tables, 200 footnotes, made the same on every run.
import type { ItemOf } from '../../shared/domain';
import type { RichTextNode } from '../../shared/richtext';
import { bulletList, dataTable, documentState, footnote, heading3, paragraph, section } from '../../electron/core/briefing/build';
import type { Library } from '../../electron/core/library/library';
import { DOMAIN_WORDS, random } from './generate';

export const SESSIONS = 40;
export const PARAGRAPHS_PER_SESSION = 10;
export const TABLES = 20;
export const FOOTNOTES = 200;

/** The field's words among the commonest English ones, as in prose. */
const WORDS = [...DOMAIN_WORDS, ...'the of and to in a for with on that is was by as from are be this have it at which'.split(' ')];

export function sentence(next: () => number): string {
  const length = 12 + Math.floor(next() * 14);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
}

/** Creates the document (and its tables) in `library`. */
export function generatedDocument(library: Library): ItemOf<'document'> {
  const next = random(7);
  const tables = Array.from({ length: TABLES }, (_, index) =>
    library.create('table', {
      title: `Programme results, table ${index + 1}`,
      columns: [
        { label: 'District' },
        { label: 'Budget', unit: 'PKR million', type: 'number' },
        { label: 'Spent', unit: 'PKR million', type: 'number' },
        { label: 'Beneficiaries', type: 'number' },
        { label: 'Schools', type: 'number' },
        { label: 'Remarks' },
      ],
      rows: Array.from({ length: 14 }, (_, row) => [
        `District ${row + 1}`,
        Math.round(next() * 90_000) / 10,
        Math.round(next() * 80_000) / 10,
        Math.round(next() * 1_000_000),
        Math.round(next() * 900),
        sentence(next).slice(0, 40),
      ]),
    }),
  );
  let footnotes = 0;
  const sessions: RichTextNode[] = [];
  for (let s = 0; s < SESSIONS; s++) {
    sessions.push(heading3(`Session ${s + 1}: ${sentence(next).slice(0, 50)}`));
    for (let p = 0; p < PARAGRAPHS_PER_SESSION; p++) {
      const parts: (string | RichTextNode)[] = [Array.from({ length: 5 }, () => sentence(next)).join(' ')];
      if (footnotes < FOOTNOTES && (s * PARAGRAPHS_PER_SESSION + p) % 2 === 0) {
        parts.push(footnote(`Note ${++footnotes}: ${sentence(next)}`), ` ${sentence(next)}`);
      }
      sessions.push(paragraph(...parts));
      if (p === 7) sessions.push(bulletList([sentence(next), sentence(next), sentence(next)]));
    }
    if (s % 2 === 0) sessions.push(dataTable(tables[s / 2]!.id));
  }
  return library.create('document', {
    title: 'A hundred pages of delivery',
    templateId: 'workshop-report',
    author: 'Benchmark',
    state: documentState(
      section('title', [paragraph('A hundred pages of delivery'), paragraph('Generated for the export benchmark')]),
      section('event', [paragraph(sentence(next))]),
      section('purpose', [paragraph(sentence(next))]),
      section('key-messages', [bulletList([sentence(next), sentence(next), sentence(next)])]),
      section('sessions', sessions),
    ),
  });
}
