// HTML exports as a browser and pandoc see them: one self-contained page
// with the briefing's structure, its text escaped, and print rules for paper.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inline, TableBlock } from '../../electron/core/briefing/model';
import { getTemplate } from '../../electron/core/briefing/templates';
import { exportHtml } from '../../electron/core/export/html';
import { type PandocView, readWithPandoc, requireReaders } from '../helpers/docx-readers';
import { briefing, bullets, cell, lesson, numbered, paragraph, section, text, textCell } from '../helpers/resolved';
import { tempDir } from '../helpers/temp-library';

const template = getTemplate('from-policy-to-action');

const HOSTILE = '<script>alert(1)</script>" onmouseover="alert(2)\' x=\'';

const comparison: TableBlock = {
  type: 'table',
  role: 'comparison',
  caption: 'How the units compare',
  header: true,
  numericColumns: [2],
  note: 'Source: unit records.',
  rows: [
    [textCell('Question'), textCell('Punjab'), textCell('Staff')],
    [textCell('Routines'), cell(bullets('Stocktakes', 'Delivery plans')), textCell('1,200')],
  ],
};

const document = briefing(
  [
    section('Title', [{ type: 'paragraph', role: 'title', inlines: [text('Delivery units')] }], { spec: { ...template.sections[0]!, kind: 'title' }, printHeading: false }),
    section('Introduction', [paragraph('Units work when the centre backs them', { type: 'footnote', number: 1, text: 'Barber (2015).' }, '.')], { number: 1 }),
    section('Lessons', [
      lesson('Start with the premier’s time', [paragraph('The body', { type: 'footnote', number: 2, text: 'Interview, Lahore.' }, ', with ', text('emphasis', { italic: true }), '.')], {
        quote: { text: 'Without the premier, the unit is a reporting office.', attribution: 'A former head of unit' },
      }),
    ], { number: 2 }),
    section('Annex: comparison', [comparison], { orientation: 'landscape' }),
  ],
  { title: 'Delivery units', subtitle: 'What works', author: 'A. Khan', subject: 'Delivery' },
);

beforeAll(() => requireReaders('pandoc'));

async function readBack(html: string): Promise<PandocView> {
  const file = join(tempDir(), 'export.html');
  writeFileSync(file, html, 'utf8');
  return readWithPandoc(file, 'html');
}

/** The declarations of the first CSS rule for a selector. */
function cssRule(html: string, selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|\\n)\\s*${escaped} \\{([^}]*)\\}`).exec(html)?.[1] ?? '';
}

describe('a briefing exported to HTML', () => {
  const html = exportHtml(document);
  let view: PandocView;
  beforeAll(async () => {
    view = await readBack(html);
  });

  it('is one HTML5 page that says what it is', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>Delivery units</title>');
    expect(html).toContain('<meta name="author" content="A. Khan">');
    expect(html).toContain('<meta name="subject" content="Delivery">');
    expect(view.meta).toMatchObject({ title: 'Delivery units', author: 'A. Khan' });
  });

  it('is self-contained: no scripts, nothing fetched from elsewhere', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
    // …and a browser opening it refuses scripts and fetches even if some slipped in.
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it('has the title, section headings and the lesson’s heading at their levels', () => {
    expect(view.headings).toEqual([
      { level: 1, text: 'Delivery units' },
      { level: 2, text: '1. Introduction' },
      { level: 2, text: '2. Lessons' },
      { level: 3, text: 'Lesson 1: Start with the premier’s time' },
      { level: 2, text: 'Annex: comparison' },
    ]);
    expect(html).toContain('<header class="title-block">\n<h1>Delivery units</h1>\n<p class="subtitle">What works</p>\n</header>');
    expect(html).toMatch(/<article class="lesson">\n<h3>Lesson 1: Start with the premier’s time<\/h3>/);
  });

  it('has the pull quote as a block quote with its attribution cited', () => {
    expect(view.blockQuotes).toEqual(['Without the premier, the unit is a reporting office.']);
    expect(html).toContain('<blockquote class="pull-quote"><p>Without the premier, the unit is a reporting office.</p></blockquote>');
    expect(html).toContain('<figcaption>— <cite>A former head of unit</cite></figcaption>');
  });

  it('has the table with its caption, a header row in thead, a list in a cell and numbers aligned right', () => {
    expect(view.tables).toHaveLength(1);
    const table = view.tables[0]!;
    expect(table.caption).toBe('How the units compare');
    expect(table.header).toEqual([['Question', 'Punjab', 'Staff']]);
    expect(table.cells[0]![1]!.bulletLists).toEqual([['Stocktakes', 'Delivery plans']]);
    expect(html).toMatch(/<thead>\n<tr><th scope="col">Question<\/th><th scope="col">Punjab<\/th><th scope="col" class="numeric">Staff<\/th><\/tr>\n<\/thead>/);
    expect(html).toContain('<td class="numeric">1,200</td>');
    expect(html).toContain('<p class="table-note">Source: unit records.</p>');
  });

  it('links each footnote marker to its note and back, with the notes at the end', () => {
    expect(html).toContain('<sup class="footnote-ref"><a href="#fn1" id="fnref1" role="doc-noteref">1</a></sup>');
    expect(html).toContain('<sup class="footnote-ref"><a href="#fn2" id="fnref2" role="doc-noteref">2</a></sup>');
    const notes = /<section class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n([\s\S]*?)\n<\/ol>\n<\/section>\n<\/body>/.exec(html)?.[1] ?? '';
    const items = notes.split('\n');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^<li id="fn1" role="doc-endnote"><p>Barber \(2015\)\. <a href="#fnref1" [^>]*role="doc-backlink"/);
    expect(items[1]).toMatch(/^<li id="fn2" role="doc-endnote"><p>Interview, Lahore\. <a href="#fnref2" /);
    expect(view.text).toContain('Barber (2015).');
  });

  it('styles the text with the template’s fonts, sizes, colours, spacing and alignment', () => {
    const { body, heading1, pullQuote } = template.styles;
    expect(cssRule(html, 'body')).toContain(`font-family: "${body.font}", sans-serif; font-size: ${body.size}pt; color: #${body.color}`);
    expect(cssRule(html, 'p, ul, ol')).toContain(`margin: ${body.spaceBefore}pt 0mm ${body.spaceAfter}pt; text-align: ${body.align}`);
    expect(cssRule(html, 'h2')).toContain(`font-family: "${heading1.font}", serif; font-size: ${heading1.size}pt; color: #${heading1.color}; font-weight: 700`);
    expect(cssRule(html, 'blockquote.pull-quote')).toContain(`font-style: italic; line-height: ${pullQuote.lineSpacing}; margin: ${pullQuote.spaceBefore}pt ${pullQuote.indent}mm ${pullQuote.spaceAfter}pt`);
  });
});

describe('print rules', () => {
  const letter = {
    ...template,
    page: { size: 'Letter' as const, margins: { top: 25, right: 18, bottom: 22, left: 30 }, header: '{title} — draft', footer: 'Page {page} of {pages}' },
  };
  const html = exportHtml(
    briefing([section('Text', [paragraph('Portrait')]), section('Annex', [paragraph('Wide')], { orientation: 'landscape' }), section('After', [paragraph('Back')])], {
      template: letter,
      title: 'Brief "one"',
    }),
  );

  it('set the template’s page size and margins, with its running header and footer', () => {
    const page = /@page \{([\s\S]*?)\n\}/.exec(html)?.[1] ?? '';
    expect(page).toContain('size: Letter;');
    expect(page).toContain('margin: 25mm 18mm 22mm 30mm;');
    expect(page).toMatch(/@top-center \{ content: "Brief \\22 one\\22 {2}\\2014 {2}draft";/);
    expect(page).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);');
  });

  it('put a landscape section on landscape pages of its own', () => {
    expect(html).toContain('@page landscape { size: Letter landscape; }');
    expect(html).toContain('section.landscape { page: landscape; break-before: page; }');
    expect(html).toContain('section.landscape + section { break-before: page; }');
    expect(html).toMatch(/<section class="landscape">\n<h2>Annex<\/h2>/);
    expect(html.match(/<section class="landscape">/g)).toHaveLength(1);
  });

  it('repeat table headers on each page and keep rows and pull quotes whole', () => {
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr, figure.quotation, blockquote { break-inside: avoid; }');
  });
});

describe('hostile text', () => {
  const link = (url: string, words: string): Inline => ({ type: 'link', url, children: [text(words)] });
  const hostileTemplate = { ...template, styles: { ...template.styles, body: { ...template.styles.body, font: 'Evil</style><script>alert(3)</script>' } } };
  const html = exportHtml(
    briefing(
      [
        section(HOSTILE, [
          paragraph(HOSTILE, { type: 'footnote', number: 1, text: HOSTILE }),
          paragraph(link(`https://example.org/?q="><script>alert(4)</script>`, HOSTILE), ' ', link('javascript:alert(5)', 'not a link'), ' ', link(' JAVASCRIPT:alert(6)', 'nor this')),
          { type: 'heading', level: 2, inlines: [text(HOSTILE)] },
          { type: 'pullquote', inlines: [text(HOSTILE)], attribution: HOSTILE },
          lesson(HOSTILE, [], { quote: { text: HOSTILE, attribution: HOSTILE }, lessonId: null, pinned: true }),
          { type: 'table', role: 'data', caption: HOSTILE, header: true, numericColumns: [], note: HOSTILE, rows: [[textCell(HOSTILE)], [textCell(HOSTILE)]] },
          numbered(HOSTILE),
          { type: 'references', entries: [[text(HOSTILE)]] },
          { type: 'missing', reference: { id: HOSTILE, kind: 'lesson' }, text: HOSTILE },
        ]),
      ],
      { title: HOSTILE, subtitle: HOSTILE, author: HOSTILE, subject: HOSTILE, template: hostileTemplate },
    ),
  );

  it('never appears as markup, wherever it is', () => {
    expect(html).not.toMatch(/<script|<\/script/i);
    // No attribute is closed early: each quote in the text is an entity.
    expect(html).not.toMatch(/"\s*onmouseover=|'\s*x=/);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/href="javascript:|href=" ?javascript:/i);
  });

  it('reads back as the same words', async () => {
    const view = await readBack(html);
    expect(view.meta.title).toBe(HOSTILE);
    expect(view.headings.map((heading) => heading.text)).toEqual([HOSTILE, HOSTILE, HOSTILE, `Lesson 1: ${HOSTILE}`]);
    expect(view.tables[0]!.caption).toBe(HOSTILE);
    expect(view.text).toContain('not a link nor this');
    // The one link pandoc finds has the address as written (pandoc percent-encodes it).
    const targets = JSON.stringify(view.ast).match(/"https?:[^"]*"/g) ?? [];
    expect(targets.map((target) => decodeURIComponent(JSON.parse(target) as string))).toEqual(['https://example.org/?q="><script>alert(4)</script>']);
  });
});
