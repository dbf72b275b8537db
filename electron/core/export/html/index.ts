import type { ResolvedDocument, ResolvedSection } from '../../briefing/model';
import { bodySections, FootnoteNumbering, sectionHeading } from '../text';
import { blocksToHtml } from './blocks';
import { escapeHtml } from './escape';
import { stylesheet } from './style';

/**
 * A document as one self-contained HTML5 file: semantic markup, the
 * template's styles inline, print rules for its pages, and notes at the end.
 * No scripts and nothing fetched from elsewhere.
 */
export function exportHtml(document: ResolvedDocument): string {
  const notes = new FootnoteNumbering();
  const title = document.title.trim() || 'Untitled';
  // Sections first: their footnotes are numbered as they are written.
  const sections = bodySections(document).map((section) => sectionHtml(section, notes));
  const meta = [
    document.author.trim() ? `<meta name="author" content="${escapeHtml(document.author)}">` : '',
    document.subject.trim() ? `<meta name="subject" content="${escapeHtml(document.subject)}">` : '',
  ].filter(Boolean);
  const header = [`<h1>${escapeHtml(title)}</h1>`];
  if (document.subtitle.trim()) header.push(`<p class="subtitle">${escapeHtml(document.subtitle)}</p>`);

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Belt and braces: even if some text slipped past escaping, the page could run no script and fetch nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...meta,
    '<meta name="generator" content="Rapporteur">',
    `<style>\n${stylesheet(document.template, title)}\n</style>`,
    '</head>',
    '<body>',
    `<header class="title-block">\n${header.join('\n')}\n</header>`,
    `<main>\n${sections.join('\n')}\n</main>`,
    footnotes(notes),
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}

function sectionHtml(section: ResolvedSection, notes: FootnoteNumbering): string {
  const heading = sectionHeading(section);
  const parts = [
    section.orientation === 'landscape' ? '<section class="landscape">' : '<section>',
    heading ? `<h2>${escapeHtml(heading)}</h2>` : '',
    blocksToHtml(section.blocks, notes),
    '</section>',
  ];
  return parts.filter(Boolean).join('\n');
}

/** The notes, each linking back to its marker. */
function footnotes(notes: FootnoteNumbering): string {
  if (notes.notes.length === 0) return '';
  const items = notes.notes.map(
    ({ number, text }) =>
      `<li id="fn${number}" role="doc-endnote"><p>${escapeHtml(text)} <a href="#fnref${number}" class="footnote-back" role="doc-backlink" aria-label="Back to note ${number}">&#8617;&#xfe0e;</a></p></li>`,
  );
  return `<section class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
}
