import { widthIsUncertain } from './width';

/**
 * Escaping for pandoc's Markdown, so that a document's text reads back as the
 * same characters. Pandoc takes a backslash before any ASCII punctuation as
 * that character, so escaping more than needed is harmless; escaping less is
 * how an asterisk turns into emphasis.
 *
 * Quotes, "--" and "..." are escaped too: pandoc's smart typography
 * would curl and join them, and the Markdown would then say something other
 * than the DOCX and HTML written from the same document.
 */

/** Characters that mean something wherever they stand: escapes, emphasis, code, links, raw HTML, tables, sub- and superscript, maths, attributes, citations. */
const ANYWHERE = /[\\`*[\]<>|~^${@]/;
/** Letters pandoc surely knows as such (its Unicode tables may be older than Node's). */
const WORD_CHAR = /[A-Za-z0-9]/;
/** `&amp;` would read back as "&". */
const ENTITY = /^&#?[A-Za-z0-9]+;/;

/**
 * Pandoc's smart typography puts a no-break space after these (its default
 * list), so "p. 4" would read back as "p.\u00a04"; an escaped full stop is
 * not an abbreviation.
 */
const ABBREVIATIONS = new Set(
  (
    'aet. aetat. al. Apr. Aug. bk. Bros. c. Capt. cf. ch. chap. chs. Co. col. Corp. cp. d. Dec. Dr. e.g. ed. eds. esp. f. fasc. ' +
    'Feb. ff. fig. fl. fol. fols. Fr. Gen. Gov. Hon. i.e. ill. Inc. incl. Jan. Jr. Jul. Jun. Ltd. M.A. M.D. Mar. Mr. Mrs. Ms. n. ' +
    'n.b. nn. No. Nov. Oct. p. Ph.D. pp. Pres. Prof. pt. q.v. Rep. Rev. s.v. s.vv. saec. sec. Sen. Sep. Sept. Sgt. Sr. St. univ. viz. vol. vs.'
  ).split(' '),
);
/** The word a full stop ends: "p." of "(p.", "e.g." of "e.g.". */
const LAST_WORD = /[\p{L}\p{N}.]*\.$/u;

/**
 * Escapes a stretch of text without spaces (a word or part of one). In a
 * grid table (`columns`), characters whose width pandoc's versions count
 * differently are written as character references, which any version reads
 * back as the character and measures alike.
 */
export function escapeChunk(chunk: string, columns = false): string {
  const abbreviation = ABBREVIATIONS.has(LAST_WORD.exec(chunk)?.[0] ?? '');
  const chars = [...chunk];
  return chars
    .map((char, i) => {
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      let escape = ANYWHERE.test(char);
      // An underscore inside a word is literal in pandoc; at a word's edge it may open emphasis.
      if (char === '_') escape = !(WORD_CHAR.test(before) && WORD_CHAR.test(after));
      // "#" starting a word may close a heading.
      if (char === '#') escape = !WORD_CHAR.test(before);
      if (char === '&') escape = ENTITY.test(chars.slice(i).join(''));
      // Curly quotes are quote marks to pandoc too: a lone opening one reads back as an apostrophe, a pair as a quotation.
      if (char === '"' || char === "'" || char === '‘' || char === '“' || char === '”') escape = true;
      if (char === '-' || char === '.') escape = before === char || after === char;
      if (char === '.' && i === chars.length - 1 && abbreviation) escape = true;
      // "!" before a link or underline that follows would make it an image.
      if (char === '!') escape = i === chars.length - 1;
      if (columns && widthIsUncertain(char)) return `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`;
      return escape ? `\\${char}` : char;
    })
    .join('');
}

/**
 * What a line may not start with unless escaped: headings, list markers
 * ("-", "+", "1.", "a)", "(i)"), setext underlines, definition lists and
 * fenced divs (":"), a table caption after a table ("Table:"), a footnote
 * definition, pandoc's title block ("%").
 */
const MARKER = '(?:[0-9]+|[A-Za-z]|[ivxlcdmIVXLCDM]+)';
const LINE_STARTS: [RegExp, string][] = [
  [/^[-+=:%#]/, '\\$&'],
  [new RegExp(`^(${MARKER})([.)])(?=\\s|$)`), '$1\\$2'],
  [new RegExp(`^\\((?=${MARKER}\\)(?:\\s|$))`), '\\('],
  [/^(table)(:)/i, '$1\\$2'],
  [/^(\[\^[0-9]+\])(:)/, '$1\\$2'],
];

/** Escapes what a line of already escaped inline Markdown would mean at the start of a line. */
export function escapeLineStart(line: string): string {
  for (const [pattern, replacement] of LINE_STARTS) {
    if (pattern.test(line)) return line.replace(pattern, replacement);
  }
  return line;
}

/** A code span: enough backticks to fence the text in, and a space where the text touches one. */
export function codeSpan(text: string): string {
  // Tabs and line ends in a code span read back as spaces, and tabs would upset a grid table's columns.
  const code = text.replace(/[\t\r\n]/g, ' ');
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** A link target: spaces and angle brackets percent-encoded, parentheses and backslashes escaped. */
export function linkTarget(url: string): string {
  return url.replace(/[\s<>]/g, (char) => encodeURIComponent(char)).replace(/[()\\]/g, '\\$&');
}

const YAML_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A YAML double-quoted string: the only YAML style in which any text is safe. */
export function yamlString(value: string): string {
  const escaped = value.replace(
    /[\\"\p{Cc}\u2028\u2029\ufeff]/gu,
    (char) => YAML_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped}"`;
}
