import type { Inline, TextRun } from '../../briefing/model';
import type { FootnoteNumbering } from '../text';
import { safeUrl } from '../../../../shared/links';
import { escapeHtml } from './escape';

/** Elements for each format, innermost first. */
const TAGS: [keyof TextRun, string][] = [
  ['code', 'code'],
  ['subscript', 'sub'],
  ['superscript', 'sup'],
  ['underline', 'u'],
  ['strike', 's'],
  ['italic', 'em'],
  ['bold', 'strong'],
];

function textRun(run: TextRun): string {
  let html = run.text.split(/\r\n|\r|\n/).map(escapeHtml).join('<br>');
  for (const [format, tag] of TAGS) {
    if (run[format]) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

/** A footnote marker linking to its note, which links back. */
function footnoteRef(number: number): string {
  return `<sup class="footnote-ref"><a href="#fn${number}" id="fnref${number}" role="doc-noteref">${number}</a></sup>`;
}

export function inlinesToHtml(inlines: Inline[], notes: FootnoteNumbering): string {
  return inlines
    .map((run) => {
      switch (run.type) {
        case 'text':
          return textRun(run);
        case 'break':
          return '<br>';
        case 'footnote': {
          const number = notes.add(run);
          return number === null ? '' : footnoteRef(number);
        }
        case 'link': {
          const url = safeUrl(run.url);
          const children = run.children.some((child) => child.text.trim()) ? run.children.map(textRun).join('') : escapeHtml(run.url);
          return url ? `<a href="${escapeHtml(url)}">${children}</a>` : children;
        }
      }
    })
    .join('');
}
