import { safeLinkUrl } from '../links';

/**
 * Pasted HTML (from Word, LibreOffice, Google Docs or a web page) reduced to
 * the structure a brief keeps: headings, paragraphs, bold, italic and
 * underline, lists (Word's numbered and bulleted paragraphs included), safe
 * links and tables. Styles, classes, fonts, colours, comments, images and
 * scripts do not pass. Pure: the input is read, a new document is returned.
 */
export function cleanPastedHtml(input: Document): Document {
  const output = input.implementation.createHTMLDocument('');
  appendCleanChildren(input.body, output.body, output);
  return output;
}

/** Where inline styles wait, renamed, so that parsing them breaks no CSP rule (see withoutInlineStyles). */
const PASTED_STYLE = 'data-pasted-style';

/**
 * Pasted HTML with its `style` and event-handler attributes renamed: a page
 * whose CSP forbids inline styles and scripts reports each one it parses, even
 * in a detached document, though the cleaning only reads styles (Word's lists
 * live there) and drops handlers.
 */
export function withoutInlineStyles(html: string): string {
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)(style|on[a-z]+)(\s*=)/gi, (_all, space: string, name: string, equals: string) => `${space}data-pasted-${name.toLowerCase()}${equals}`));
}

/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base', 'iframe', 'frame', 'object',
  'embed', 'applet', 'img', 'picture', 'svg', 'math', 'video', 'audio', 'canvas', 'map', 'input', 'button', 'select',
  'textarea', 'form', 'colgroup', 'col', 'caption', 'v:shape', 'v:imagedata', 'o:wrapblock', 'w:sdt',
]);

/** Elements kept as they are (their attributes are not). */
const KEPT = new Set([
  'p', 'br', 'ul', 'ol', 'li', 'blockquote', 'table', 'tr', 'td', 'th', 'strong', 'em', 'u', 's', 'sub', 'sup',
]);

const RENAMED: Record<string, string> = {
  b: 'strong',
  i: 'em',
  strike: 's',
  del: 's',
  ins: 'u',
  // A section's own heading stands above the writer's, so pasted headings start one level down.
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
  pre: 'p',
  dt: 'p',
  dd: 'p',
  figcaption: 'p',
  address: 'p',
};

const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'table', 'pre', 'section',
  'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'dl', 'dt', 'dd', 'address', 'hr',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function tagOf(element: Element): string {
  return element.tagName.toLowerCase();
}

function styleOf(element: Element): string {
  return (element.getAttribute(PASTED_STYLE) ?? element.getAttribute('style') ?? '').toLowerCase();
}

/** One property of an inline style ("font-weight"), not its vendor cousins ("mso-bidi-font-weight"). */
function styleValue(style: string, property: string): string {
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0 && declaration.slice(0, colon).trim() === property) return declaration.slice(colon + 1).trim();
  }
  return '';
}

function appendCleanChildren(from: Node, to: Node, output: Document): void {
  const children = [...from.childNodes];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (isWordListParagraph(child)) {
      // Word writes a list as paragraphs that each say their level; runs of them become one list.
      const run: Element[] = [];
      const list = wordListId(child);
      while (index < children.length) {
        const candidate = children[index]!;
        if (isWordListParagraph(candidate) && wordListId(candidate) === list) run.push(candidate);
        else if (!(candidate.nodeType === TEXT_NODE && !candidate.textContent?.trim())) break;
        index++;
      }
      index--;
      to.appendChild(wordList(run, output));
      continue;
    }
    appendClean(child, to, output);
  }
}

function appendClean(node: Node, to: Node, output: Document): void {
  if (node.nodeType === TEXT_NODE) {
    to.appendChild(output.createTextNode(node.textContent ?? ''));
    return;
  }
  // Comments (Word's conditional ones too), processing instructions and the like go.
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  const tag = tagOf(element);
  const style = styleOf(element);
  if (DROPPED.has(tag) || styleValue(style, 'mso-list') === 'ignore' || styleValue(style, 'display') === 'none') return;

  const kept = keptElement(element, tag, style, output);
  const target = wrapInStyles(kept ?? null, style, tag, output);
  if (target) {
    appendCleanChildren(element, target.inner, output);
    if (isEmptyBlock(target.outer)) return;
    to.appendChild(target.outer);
  } else {
    appendCleanChildren(element, to, output);
  }
}

/** The element that stands for `element` in the clean output, or null to keep only its children. */
function keptElement(element: Element, tag: string, style: string, output: Document): Element | null {
  if (tag === 'a') {
    const href = safeLinkUrl(element.getAttribute('href') ?? '');
    // In-page anchors (Word's bookmarks and footnote references) keep their text only.
    if (!href || (element.getAttribute('href') ?? '').startsWith('#')) return null;
    const link = output.createElement('a');
    link.setAttribute('href', href);
    return link;
  }
  if ((tag === 'b' || tag === 'strong') && /^(normal|[1-5]00)$/.test(styleValue(style, 'font-weight'))) return null; // Google Docs' wrapper
  if (tag === 'div' || tag === 'section' || tag === 'article') {
    return hasBlockChild(element) ? null : output.createElement('p');
  }
  if (tag === 'td' || tag === 'th') {
    const cell = output.createElement(tag);
    for (const span of ['colspan', 'rowspan']) {
      const value = element.getAttribute(span);
      if (value && /^\d{1,3}$/.test(value) && value !== '1') cell.setAttribute(span, value);
    }
    return cell;
  }
  const name = RENAMED[tag] ?? (KEPT.has(tag) ? tag : null);
  return name ? output.createElement(name) : null;
}

/** Formatting given by inline styles (Google Docs, LibreOffice) as the elements that say it. */
function wrapInStyles(element: Element | null, style: string, tag: string, output: Document): { outer: Element; inner: Element } | null {
  const formats: string[] = [];
  if (tag !== 'b' && tag !== 'strong' && /^(bold|bolder|[6-9]00)$/.test(styleValue(style, 'font-weight'))) formats.push('strong');
  if (tag !== 'i' && tag !== 'em' && styleValue(style, 'font-style') === 'italic') formats.push('em');
  if (tag !== 'u' && /underline/.test(styleValue(style, 'text-decoration') + styleValue(style, 'text-decoration-line'))) {
    formats.push('u');
  }
  if (formats.length === 0) return element ? { outer: element, inner: element } : null;
  let outer = element;
  let inner = element;
  for (const format of formats) {
    const wrapper = output.createElement(format);
    if (inner) inner.appendChild(wrapper);
    else outer = wrapper;
    inner = wrapper;
  }
  return { outer: outer!, inner: inner! };
}

function hasBlockChild(element: Element): boolean {
  return [...element.children].some((child) => BLOCKS.has(tagOf(child)) || hasBlockChild(child));
}

/** A paragraph, heading or list with nothing but spaces and line breaks in it. */
function isEmptyBlock(element: Element): boolean {
  const tag = tagOf(element);
  if (!['p', 'h2', 'h3', 'blockquote', 'ul', 'ol'].includes(tag)) return false;
  return !element.textContent?.replace(/\u00a0/g, ' ').trim() && !element.querySelector('table, li');
}

function isWordListParagraph(node: Node): node is Element {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  return /mso-list:\s*l\d+\s+level\d+/.test(styleOf(element)) || /^MsoListParagraph/.test(element.getAttribute('class') ?? '');
}

/** Which of Word's lists a list paragraph belongs to ("l0"), so two lists in a row stay two. */
function wordListId(paragraph: Element): string {
  return /mso-list:\s*(l\d+)/.exec(styleOf(paragraph))?.[1] ?? '';
}

interface WordListItem {
  level: number;
  ordered: boolean;
  paragraph: Element;
}

function wordListItem(paragraph: Element): WordListItem {
  const level = Number(/level(\d+)/.exec(styleOf(paragraph))?.[1] ?? 1);
  const marker = [...paragraph.querySelectorAll('span')].find((span) => styleValue(styleOf(span), 'mso-list') === 'ignore');
  const ordered = /^\(?([0-9]{1,3}|[a-z]|[ivxlc]{1,5})[.)]/i.test(marker?.textContent?.trim() ?? '');
  return { level, ordered, paragraph };
}

function wordList(paragraphs: Element[], output: Document): Element {
  const items = paragraphs.map(wordListItem);
  const first = items[0]!;
  const root = output.createElement(first.ordered ? 'ol' : 'ul');
  const stack: { level: number; list: Element }[] = [{ level: first.level, list: root }];
  for (const item of items) {
    while (stack.length > 1 && stack.at(-1)!.level > item.level) stack.pop();
    let top = stack.at(-1)!;
    if (item.level > top.level) {
      const parent = top.list.lastElementChild ?? top.list.appendChild(output.createElement('li'));
      const nested = parent.appendChild(output.createElement(item.ordered ? 'ol' : 'ul'));
      top = { level: item.level, list: nested };
      stack.push(top);
    }
    const entry = output.createElement('li');
    appendCleanChildren(item.paragraph, entry, output);
    top.list.appendChild(entry);
  }
  return root;
}
