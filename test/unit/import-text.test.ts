import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Inline, Recognised } from '../../electron/core/import/model';
import { readPlainText } from '../../electron/core/import/text';
import { planLibrary } from '../../electron/core/import/to-library';

/** The plain-text reader on hand-made extractions: what a user gets from text like the seeds. */

const read = (text: string) => readPlainText({ name: 'notes.txt', bytes: new TextEncoder().encode(text) }) as Recognised;
let ids = 0;
const context = { fileName: 'notes.txt', newId: () => `id-${(ids += 1)}`, today: '2024-05-01' };
const text = (content: Inline[]) => content.map((inline) => (inline.kind === 'text' ? inline.text : inline.kind === 'footnote' ? `[^${inline.id}]` : '')).join('');
const outline = (blocks: Block[]): string[] =>
  blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `# ${text(block.content)}`;
      case 'paragraph':
        return text(block.content);
      case 'list':
        return block.items.map((item) => `${block.ordered ? '1.' : '-'} ${outline(item).join(' / ')}`).join('\n');
      case 'quote':
        return `> ${block.text} (${block.attribution})`;
      case 'lesson':
        return `Lesson ${block.number}: ${block.title} | ${block.quote ? `“${block.quote.text}” ${block.quote.attribution}` : 'no quote'} | ${outline(block.body).join(' / ')}`;
      case 'table':
        return `table ${block.caption} ${JSON.stringify(block.rows)} header=${block.header}`;
      case 'commitment':
        return `commitment ${block.number}: ${block.text} | owner=${block.owner} | frequency=${block.frequency} | ${block.details.join(' / ')}`;
    }
  });

describe('reading plain text extracted from a PDF or the web', () => {
  it('rejoins wrapped lines into paragraphs, ending one at a short line that finishes a sentence', () => {
    const recognised = read(
      [
        'A Short Title',
        '',
        'The first paragraph wraps at the width of the page, as PDF text does, so its lines',
        'run on to the end here.',
        'The second paragraph begins on the next line without a blank line between them, as',
        'extraction leaves it, and ends with a short line.',
      ].join('\n'),
    );
    expect(recognised.title).toBe('A Short Title');
    expect(outline(recognised.blocks)).toEqual([
      'The first paragraph wraps at the width of the page, as PDF text does, so its lines run on to the end here.',
      'The second paragraph begins on the next line without a blank line between them, as extraction leaves it, and ends with a short line.',
    ]);
  });

  it('finds a web page’s title under its breadcrumb and menu, above the page’s labels, and leaves the menu out', () => {
    const article = `The ministry's delivery unit met the provinces on Tuesday ${'to agree the routine of monthly stocktakes, '.repeat(4)}and published its notes.`;
    const recognised = read(
      ['Home > News > Governance', 'Africa', 'Asia & Pacific', 'Asia & Pacific', 'Governance News', 'Provinces Agree a Stocktake Routine', 'Source: http://example.org/story/1', 'Created: Mar 3, 2016', '', article].join('\n'),
    );
    expect(recognised.title).toBe('Provinces Agree a Stocktake Routine');
    const text = outline(recognised.blocks);
    expect(text.at(-1)).toBe(article);
    expect(text.join(' ')).toContain('Created: Mar 3, 2016');
    expect(text.join(' ')).not.toMatch(/Africa|Asia & Pacific|Home >/);
  });

  it('reads the title in the text’s own script when a notice in another language comes first', () => {
    const body = `Pakistan's social protection programmes ${'reach the same households through separate registries, '.repeat(3)}which this thesis examines.`;
    const recognised = read(
      ['## Лицензия 2.0', '', 'Вы можете свободно копировать и распространять это произведение.', '', '[Disclaimer](#)', '', '**Coordination in Social Protection**', '', body, '', 'A second paragraph follows here.'].join('\n'),
    );
    expect(recognised.title).toBe('Coordination in Social Protection');
  });

  it('keeps a first line in another script as the title when the whole text is in that script', () => {
    const recognised = read(['ترقی کا راستہ', '', 'یہ ایک طویل پیراگراف ہے جو صوبوں کے درمیان تعاون کے بارے میں ہے۔'].join('\n'));
    expect(recognised.title).toBe('ترقی کا راستہ');
  });

  it('does not take a first line "Lesson 1: …" as the title, so that lesson is kept', () => {
    const recognised = read(['Lesson 1: Start with two targets', '', 'The unit chose two targets it could meet within the year.'].join('\n'));
    expect(recognised.title).toBe('');
    expect(recognised.blocks[0]).toMatchObject({ kind: 'lesson', number: 1, title: 'Start with two targets' });
  });

  it('keeps a web page’s one-line paragraphs apart', () => {
    const long = (n: number) => `Paragraph ${n} is written on one line, ${'as web pages give their text, '.repeat(6)}and it ends here.`;
    expect(outline(read(`${long(1)}\n${long(2)}\n`).blocks)).toEqual([long(1), long(2)]);
  });

  it('recognises numbered lessons in their variants, with titles, pull quotes and bodies, mending "L esson"', () => {
    const recognised = read(
      [
        'Lessons from the field',
        '',
        'Lesson 1:',
        'Start from a plan',
        '',
        '“A unit cannot replace a good plan',
        'made by the department.”',
        'Delivery units work best when the department has a clear plan.',
        '',
        'L esson 2 –',
        'Keep the remit tight and',
        'the targets few',
        '',
        '"Focus on the problems that matter." — Jane Doe, Secretary',
        'Mission creep diverts attention.',
        '',
        'Lesson 3. Build the right team',
        'Mix skills from government and outside it.',
      ].join('\n'),
    );
    expect(outline(recognised.blocks)).toEqual([
      'Lesson 1: Start from a plan | “A unit cannot replace a good plan made by the department.”  | Delivery units work best when the department has a clear plan.',
      'Lesson 2: Keep the remit tight and the targets few | “Focus on the problems that matter.” Jane Doe, Secretary | Mission creep diverts attention.',
      'Lesson 3: Build the right team | no quote | Mix skills from government and outside it.',
    ]);
  });

  it('mends a split word only on clear evidence', () => {
    const recognised = read(['Policy note', '', 'The A gency met. The Agency agreed. A genda items were few.', ''].join('\n'));
    expect(outline(recognised.blocks)).toEqual(['The Agency met. The Agency agreed. A genda items were few.']);
  });

  it('matches footnote markers to the numbered notes, leaving other numbers alone', () => {
    const recognised = read(
      [
        'Policy note',
        '',
        'In 2018 the reform began in earnest1 and 3 provinces joined it, as agreed at the',
        'workshop.2 More followed.',
        '',
        '1 The reform of the civil service.',
        '2\tHeld in Islamabad on 13 and 14 November 2017, with officials from',
        'every province.',
        '',
        '4 This line is not a note: no marker 4 comes before it.',
      ].join('\n'),
    );
    expect(outline(recognised.blocks)).toEqual([
      'In 2018 the reform began in earnest[^1] and 3 provinces joined it, as agreed at the workshop.[^2] More followed.',
      '4 This line is not a note: no marker 4 comes before it.',
    ]);
    expect(Object.fromEntries(Object.entries(recognised.footnotes).map(([id, note]) => [id, text(note)]))).toEqual({
      '1': 'The reform of the civil service.',
      '2': 'Held in Islamabad on 13 and 14 November 2017, with officials from every province.',
    });
  });

  it('reads bullet lists with wrapped items, headings, and a quotation set apart', () => {
    const recognised = read(
      [
        'Briefing',
        '',
        'Participants asked three questions, each of them wrapped across lines by the extraction:',
        '•\tHow do you ensure that the whole system benefits from the learning about policy and how to',
        'feed the learning back into the system?',
        '•\tCan units be sustained between governments?',
        '',
        'Next steps',
        'The note will be shared.',
        '',
        '“If we don’t link the learnings with the bureaucracy, we create islands.”',
        'The workshop agreed.',
      ].join('\n'),
    );
    expect(outline(recognised.blocks)).toEqual([
      'Participants asked three questions, each of them wrapped across lines by the extraction:',
      '- How do you ensure that the whole system benefits from the learning about policy and how to feed the learning back into the system?\n- Can units be sustained between governments?',
      '# Next steps',
      'The note will be shared.',
      '> If we don’t link the learnings with the bureaucracy, we create islands. ()',
      'The workshop agreed.',
    ]);
  });

  it('reads a tab-separated table with its caption and a header on two lines', () => {
    const recognised = read(
      [
        'Report',
        '',
        '**Table 3: Transfers (Rs in billions)**',
        '',
        'Year\tReleased\tCash Grants\t',
        '\t\tConditional\tUnconditional',
        '2008-09\t15.32\t0.04\t15.81',
        '<b>Total</b>\t<b>1,001.81</b>\t31.39\t-',
      ].join('\n'),
    );
    expect(recognised.blocks).toEqual([
      {
        kind: 'table',
        caption: 'Table 3: Transfers (Rs in billions)',
        header: true,
        rows: [
          ['Year', 'Released', 'Cash Grants Conditional', 'Unconditional'],
          ['2008-09', '15.32', '0.04', '15.81'],
          ['Total', '1,001.81', '31.39', '-'],
        ],
      },
    ]);
  });

  it('turns a declaration’s numbered items into commitments with owners, frequency and sub-points', () => {
    const recognised = read(
      [
        'Declaration',
        '',
        '  1. Programmes should be designed with the provinces. A Committee is recommended.',
        '    • The Committee shall meet once every quarter.',
        '  2. The Federal Government will publish a report annually.',
        '  3. In case of floods, partners will coordinate their response.',
      ].join('\n'),
    );
    expect(outline(recognised.blocks)).toEqual([
      '# Declaration',
      'commitment 1: Programmes should be designed with the provinces. A Committee is recommended. | owner=Committee | frequency=once every quarter | The Committee shall meet once every quarter.',
      'commitment 2: The Federal Government will publish a report annually. | owner=Federal Government | frequency=annually | ',
      'commitment 3: In case of floods, partners will coordinate their response. | owner=Partners | frequency= | ',
    ]);
  });

  it('takes text as UTF-8 with or without a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café policy\n\nThe café opened.')]);
    const recognised = readPlainText({ name: 'bom.txt', bytes }) as Recognised;
    expect(recognised.title).toBe('Café policy');
    expect(outline(recognised.blocks)).toEqual(['The café opened.']);
  });

  it('keeps a numeral or letter the page wrapped to the start of a line in its paragraph, and reads one after a colon as a list', () => {
    const file = [
      'Title line',
      '',
      'The delivery unit met the chief minister, the finance secretary and the heads of',
      'iv. other departments, and agreed targets for each of',
      'a. dozen districts in the province before the budget.',
      '',
      'The priorities were:',
      'i. schools',
      'ii. health',
    ].join('\n');
    expect(outline(read(file).blocks)).toEqual([
      'The delivery unit met the chief minister, the finance secretary and the heads of iv. other departments, and agreed targets for each of a. dozen districts in the province before the budget.',
      'The priorities were:',
      '1. schools\n1. health',
    ]);
  });

  it('never loses, adds or reorders a word of wrapped paragraphs, whatever the wrap width', () => {
    const word = fc.stringMatching(/^[a-z]{2,9}$/);
    const sentence = fc.array(word, { minLength: 3, maxLength: 25 }).map((words) => `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.integer({ min: 40, max: 130 }), (paragraphs, width) => {
        const wrap = (body: string) => {
          const lines: string[] = [];
          for (const next of body.split(' ')) {
            const last = lines.at(-1);
            if (last !== undefined && last.length + next.length + 1 <= width) lines[lines.length - 1] = `${last} ${next}`;
            else lines.push(next);
          }
          return lines;
        };
        const file = ['Title line', '', ...paragraphs.flatMap(wrap)].join('\n');
        const words = (value: string) => value.split(/\s+/).filter(Boolean);
        const got = outline(read(file).blocks).flatMap(words);
        expect(got).toEqual(paragraphs.flatMap(words));
      }),
      { numRuns: 200 },
    );
  });
});

describe('reading a large or awkward file in time (the reader runs on the app’s main thread)', () => {
  // Each case would take hours, or throw, if any step cost the square of the lines or of a line's length;
  // the generous timeout only stops such a run (these are not speed tests: bench/ measures speed).
  const inTime = { timeout: 60_000 };
  const lines = (count: number, line: (index: number) => string) => Array.from({ length: count }, (_, index) => line(index)).join('\n');
  const count = (words: string[], word: string) => words.filter((each) => each === word).length;

  it('reads 200,000 note-like lines with no markers, keeping every word', inTime, () => {
    const blocks = read(`Title\n\n${lines(200_000, () => '1 x')}`).blocks;
    expect(count(outline(blocks).flatMap((line) => line.split(/\s+/)), 'x')).toBe(200_000);
  });

  it('reads 200,000 "Lesson 1" lines as lessons', inTime, () => {
    const blocks = read(lines(200_000, () => 'Lesson 1')).blocks;
    expect(blocks).toHaveLength(40_000);
    expect(blocks.every((block) => block.kind === 'lesson' && block.number === 1)).toBe(true);
  });

  it('reads 200,000 lines with and without tabs as tables and paragraphs, tables only up to the cells a file may make', inTime, () => {
    const mixed = read(`Title\n\n${lines(200_000, (index) => (index % 2 ? 'a\tb' : 'word'))}`).blocks;
    // Each one-row table has two cells; past 50,000 cells the rest stay text.
    expect(mixed.filter((block) => block.kind === 'table')).toHaveLength(25_000);
    expect(mixed.filter((block) => block.kind === 'paragraph')).toHaveLength(175_000);
  });

  it('makes a 20,000-row table a data table', inTime, () => {
    const plan = planLibrary(read(`Title\n\n${lines(20_000, (index) => `row ${index}\t${index}`)}`), context);
    const table = plan.items.find((item) => item.kind === 'table');
    expect(table?.data).toMatchObject({ columns: [{ type: 'text' }, { type: 'number' }] });
    expect((table?.data as { rows: unknown[][] }).rows.at(-1)).toEqual(['row 19999', 19_999]);
  });

  it('makes 200,000 numbered items under a declaration 200,000 commitments', inTime, () => {
    const plan = planLibrary(read(`Title\n\nDeclaration\n\n${lines(200_000, (index) => `${(index % 99) + 1}. The partners will meet.`)}`), context);
    expect(plan.items.filter((item) => item.kind === 'commitment')).toHaveLength(200_000);
  });

  it('makes no table of more than 50,000 cells: 20,000 rows beside one 63 columns wide stay text', () => {
    const text = ['a\tb', 'wide' + '\tx'.repeat(62), ...Array.from({ length: 20_000 }, (_, row) => `${row}\t${row}`)].join('\n');
    const read = readPlainText({ name: 'padded.txt', bytes: new TextEncoder().encode(text) }) as Recognised;
    expect(read.blocks.some((block) => block.kind === 'table')).toBe(false);
    expect(JSON.stringify(read.blocks)).toContain('19999 19999');
  }, 60_000);

  it('reads a line a million tabs wide among a hundred thousand short rows without padding them to billions of cells', () => {
    const text = ['Figures', '', 'a\tb', 'x'.padEnd(10, 'x') + '\t'.repeat(1_000_000) + 'end', ...Array.from({ length: 100_000 }, (_, row) => `${row}\t${row * 2}`)].join('\n');
    const read = readPlainText({ name: 'wide.txt', bytes: new TextEncoder().encode(text) }) as Recognised;
    const cells = read.blocks.reduce((sum, block) => sum + (block.kind === 'table' ? block.rows.length * (block.rows[0]?.length ?? 0) : 0), 0);
    expect(cells).toBeLessThan(1_000_000);
    expect(JSON.stringify(read.blocks)).toContain('end');
  }, 60_000);

  it('reads a 5 MB line without a tab as one paragraph, every word kept', inTime, () => {
    const blocks = read(`Title\n\n${'word '.repeat(1_000_000)}end.`).blocks;
    expect(blocks).toHaveLength(1);
    expect(count(outline(blocks)[0]!.split(' '), 'word')).toBe(1_000_000);
  });

  it('reads long lines made of what the patterns look for: runs of spaces, dots, stars and hashes, unclosed tags', inTime, () => {
    const run = (text: string) => text.repeat(200_000);
    const awkward = [`a${run(' ')}b`, `# a${run(' ')}b`, `Lesson 1: a${run('*')}b`, `Lesson 2: a${run(' ')}b`, `a${run('.')}b`, `${run('<a ')}b`, `a${run('#')}b`, `“a${run(' "*')} b”`];
    // "b" ends each line and appears nowhere else: it survives the run before it.
    for (const line of awkward) expect(outline(read(`Title\n\n${line}`).blocks).join(' ')).toContain('b');
  });
});

describe('importing plain text as library items', () => {

  it('warns that the text is not kept when it has no lessons, quotes, tables or commitments', () => {
    const plan = planLibrary(read('Policy note\n\nThe reform began in earnest in 2018.\n\nMore provinces followed.'), context);
    expect(plan.items.map((item) => item.kind)).toEqual(['source']);
    expect(plan.warnings).toEqual([expect.stringMatching(/text itself is not kept as library items; import the file as a document to keep it/)]);
  });

  it('does not warn when the text makes library items', () => {
    const plan = planLibrary(read('Policy note\n\nLesson 1: Start from a plan\n\nThe reform began in earnest in 2018.'), context);
    expect(plan.items.map((item) => item.kind)).toEqual(['source', 'lesson']);
    expect(plan.warnings).toEqual([]);
  });
});
