import { PAGE_SIZES_MM, type ParagraphStyle, type StyleName, type Template } from '../../../../shared/template';
import { cssString } from './escape';


const SANS_SERIF = /arial|calibri|helvetica|verdana|tahoma|segoe|aptos|trebuchet|gill sans|franklin|open sans|roboto|lato|source sans|noto sans/i;
const MONOSPACE = /courier|consolas|mono/i;

function fontFamily(font: string): string {
  const generic = MONOSPACE.test(font) ? 'monospace' : SANS_SERIF.test(font) ? 'sans-serif' : 'serif';
  return `${cssString(font)}, ${generic}`;
}

/** The lettering of a template style. */
function typeface(style: ParagraphStyle): string[] {
  return [
    `font-family: ${fontFamily(style.font)}`,
    `font-size: ${style.size}pt`,
    `color: #${style.color}`,
    `font-weight: ${style.bold ? 700 : 400}`,
    `font-style: ${style.italic ? 'italic' : 'normal'}`,
    `line-height: ${style.lineSpacing}`,
  ];
}

/** Its place on the page: spacing, indent, alignment. */
function layout(style: ParagraphStyle): string[] {
  return [`margin: ${style.spaceBefore}pt ${style.indent}mm ${style.spaceAfter}pt`, `text-align: ${style.align}`];
}

/** Which elements take which template style: its lettering, its place on the page, or both. */
const STYLED: [selector: string, style: StyleName, takes: ('type' | 'layout')[]][] = [
  ['body', 'body', ['type']],
  ['p, ul, ol', 'body', ['layout']],
  ['.title-block h1, p.title', 'title', ['type', 'layout']],
  ['.subtitle', 'subtitle', ['type', 'layout']],
  ['h2', 'heading1', ['type', 'layout']],
  ['h3', 'heading2', ['type', 'layout']],
  ['h4', 'heading3', ['type', 'layout']],
  ['blockquote.pull-quote', 'pullQuote', ['type', 'layout']],
  ['.footnotes', 'footnoteText', ['type']],
  ['.footnotes p', 'footnoteText', ['layout']],
  ['td', 'tableText', ['type']],
  ['th', 'tableHeader', ['type']],
  ['td p, td ul, td ol, th p, th ul, th ol', 'tableText', ['layout']],
  ['caption, p.caption, .table-note', 'caption', ['type', 'layout']],
];

/** The running header's or footer's text as CSS content: "{title}", "{page}" and "{pages}" filled in. */
function marginContent(text: string, title: string): string | null {
  const parts: string[] = [];
  let words = '';
  for (const part of text.split(/(\{title\}|\{page\}|\{pages\})/)) {
    if (part === '{page}' || part === '{pages}') {
      if (words) parts.push(cssString(words));
      parts.push(`counter(${part.slice(1, -1)})`);
      words = '';
    } else {
      words += part === '{title}' ? title : part;
    }
  }
  if (words) parts.push(cssString(words));
  return parts.length > 0 ? parts.join(' ') : null;
}

function rule(selector: string, declarations: string[]): string {
  return `${selector} { ${declarations.join('; ')}; }`;
}

/**
 * The stylesheet: the template's paragraph styles, its page size and margins
 * for printing (with a landscape page for wide sections), and running header
 * and footer where the browser prints page margin boxes.
 */
export function stylesheet(template: Template, title: string): string {
  const { page, styles } = template;
  const size = PAGE_SIZES_MM[page.size];
  const { top, right, bottom, left } = page.margins;
  const marginBox = typeface(styles.footnoteText).slice(0, 3);
  const header = marginContent(page.header, title);
  const footer = marginContent(page.footer, title);
  const boxes = [
    header ? `  @top-center { ${[`content: ${header}`, ...marginBox].join('; ')}; }` : '',
    footer ? `  @bottom-center { ${[`content: ${footer}`, ...marginBox].join('; ')}; }` : '',
  ].filter(Boolean);
  return [
    `@page {\n  size: ${page.size};\n  margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;\n${boxes.join('\n')}\n}`,
    `@page landscape { size: ${page.size} landscape; }`,
    ...STYLED.map(([selector, name, takes]) =>
      rule(selector, [...(takes.includes('type') ? typeface(styles[name]) : []), ...(takes.includes('layout') ? layout(styles[name]) : [])]),
    ),
    rule('blockquote.pull-quote p', ['margin: 0']),
    rule('body', ['margin: 0']),
    rule('li > ul, li > ol', ['margin: 0']),
    rule('sup, sub', ['line-height: 0']),
    rule('figure.quotation', ['margin: 0', 'break-inside: avoid']),
    rule('figure.quotation figcaption', ['text-align: right', `color: #${styles.pullQuote.color}`]),
    rule('table', ['border-collapse: collapse', 'width: 100%', 'margin: 6pt 0']),
    rule('caption', ['caption-side: top']),
    rule('th, td', ['border: 0.5pt solid #bfbfbf', 'padding: 2pt 4pt', 'vertical-align: top', 'text-align: left']),
    rule('thead th', ['background: #f2f2f2']),
    rule('th.numeric, td.numeric', ['text-align: right', 'font-variant-numeric: tabular-nums']),
    rule('td > :first-child, th > :first-child', ['margin-top: 0']),
    rule('td > :last-child, th > :last-child', ['margin-bottom: 0']),
    rule('ul.references', ['list-style: none', 'padding-left: 1.5em', 'text-indent: -1.5em']),
    rule('.missing', ['background: #fff2cc']),
    rule('.footnotes ol', ['padding-left: 1.5em']),
    rule('.footnote-back', ['text-decoration: none']),
    [
      '@media screen {',
      `  ${rule('body', [`max-width: ${size.width - left - right}mm`, 'margin: 2em auto', 'padding: 0 1em'])}`,
      // A landscape section is as wide on screen as on paper, centred on the text column.
      `  ${rule('section.landscape', [`width: min(${size.height - left - right}mm, 100vw - 2em)`, 'margin-left: 50%', 'transform: translateX(-50%)'])}`,
      '}',
    ].join('\n'),
    [
      '@media print {',
      `  ${rule('section.landscape', ['page: landscape', 'break-before: page'])}`,
      `  ${rule('section.landscape + section', ['break-before: page'])}`,
      `  ${rule('thead', ['display: table-header-group'])}`,
      `  ${rule('tr, figure.quotation, blockquote', ['break-inside: avoid'])}`,
      `  ${rule('h2, h3, h4', ['break-after: avoid'])}`,
      '}',
    ].join('\n'),
  ].join('\n');
}
