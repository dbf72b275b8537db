// Independent readers of an exported DOCX: what pandoc, LibreOffice and python-docx
// make of it. Conformance tests check these, never our own parse of the file.
import { execFile } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The readers, by the program a test needs and the Debian package that brings it. */
const READERS = {
  pandoc: { program: 'pandoc', pkg: 'pandoc' },
  soffice: { program: 'soffice', pkg: 'libreoffice-writer' },
  pdfinfo: { program: 'pdfinfo', pkg: 'poppler-utils' },
  pdftotext: { program: 'pdftotext', pkg: 'poppler-utils' },
  pythonDocx: { program: 'python-docx', pkg: 'python3-docx' },
} as const;

export type Reader = keyof typeof READERS;

function notInstalled(reader: Reader): string {
  const { program, pkg } = READERS[reader];
  return `${program} is not installed (Debian package ${pkg}): run npm run setup:test`;
}

interface RunError extends Error {
  code?: string | number | null;
  killed?: boolean;
}

/** Runs a reader on a file; a failure names the program, the file and what the program said. */
function run(reader: Reader, command: string, args: string[], file: string, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(command, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolvePromise(stdout);
      const failure = error as RunError;
      const program = READERS[reader].program;
      let message: string;
      if (failure.code === 'ENOENT') message = notInstalled(reader);
      else if (failure.killed) message = `${program} took longer than ${timeoutMs / 1000} s on ${file}`;
      else message = `${program} could not read ${file} (exit ${failure.code}): ${(stderr || stdout || failure.message).trim()}`;
      reject(new Error(message, { cause: error }));
    });
  });
}

async function onPath(program: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      await access(join(dir, program), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

let python: Promise<string | undefined> | undefined;

/**
 * The python3 that can import docx. Debian's python3-docx serves /usr/bin/python3, which
 * need not be the python3 first on PATH (pyenv, venvs), so both are tried.
 */
export function pythonWithDocx(): Promise<string | undefined> {
  python ??= (async () => {
    for (const candidate of ['/usr/bin/python3', 'python3']) {
      try {
        await run('pythonDocx', candidate, ['-c', 'import docx'], candidate, 30_000);
        return candidate;
      } catch {
        // try the next one
      }
    }
    return undefined;
  })();
  return python;
}

async function requirePython(): Promise<string> {
  const found = await pythonWithDocx();
  if (!found) throw new Error(notInstalled('pythonDocx'));
  return found;
}

/** Which readers this machine has. */
export async function readersAvailable(): Promise<Record<Reader, boolean>> {
  const readers = Object.keys(READERS) as Reader[];
  const found = await Promise.all(readers.map((reader) => (reader === 'pythonDocx' ? pythonWithDocx().then(Boolean) : onPath(READERS[reader].program))));
  return Object.fromEntries(readers.map((reader, i) => [reader, found[i]])) as Record<Reader, boolean>;
}

/** Fails, saying what to install, unless every reader named is here. Tests call it rather than skip. */
export async function requireReaders(...readers: Reader[]): Promise<void> {
  const available = await readersAvailable();
  const wanted = readers.length ? readers : (Object.keys(READERS) as Reader[]);
  const missing = wanted.filter((reader) => !available[reader]);
  if (missing.length) throw new Error(missing.map(notInstalled).join('\n'));
}

/** pandoc's JSON AST, loosely: each element is `{ t, c }`. */
export interface PandocElement {
  t: string;
  c?: unknown;
}

export interface PandocDocument {
  'pandoc-api-version': number[];
  meta: Record<string, PandocElement>;
  blocks: PandocElement[];
}

export interface PandocCell {
  /** The cell's blocks flattened, a newline between blocks and between list items. */
  text: string;
  /** The kind of each block in the cell, e.g. `['Para', 'BulletList']`. */
  blocks: string[];
  /** The items of each bullet list in the cell. */
  bulletLists: string[][];
}

export interface PandocTable {
  caption: string;
  /** Header rows, each a list of cell texts. */
  header: string[][];
  /** Body rows (all bodies, in order), each a list of cell texts. */
  rows: string[][];
  /** The body rows again, with what each cell is made of. */
  cells: PandocCell[][];
}

export interface PandocView {
  /** Document properties pandoc read (title, author...), flattened to text. */
  meta: Record<string, string>;
  headings: { level: number; text: string }[];
  /** The text of each footnote, in document order, wherever its reference is. */
  footnotes: string[];
  tables: PandocTable[];
  /** Each paragraph at top level or in a block quote, footnote references left out. */
  paragraphs: string[];
  /** The items of each bullet list at top level or in a block quote. */
  bulletLists: string[][];
  orderedLists: string[][];
  blockQuotes: string[];
  /** All body text, a block per line, then the footnotes. */
  text: string;
  ast: PandocDocument;
}

/** pandoc 2.17 writes API 1.22; 1.23 (pandoc 3) only adds the Figure block, handled below. */
const API_VERSIONS = ['1.22', '1.23'];

/** What pandoc reads from a file: DOCX unless another input format is named (markdown, html). */
export async function readWithPandoc(file: string, from: 'docx' | 'markdown' | 'html' = 'docx'): Promise<PandocView> {
  const json = await run('pandoc', 'pandoc', ['-f', from, '-t', 'json', file], file, 120_000);
  return pandocView(JSON.parse(json) as PandocDocument);
}

/** The simple view of a pandoc AST. */
export function pandocView(ast: PandocDocument): PandocView {
  const version = ast['pandoc-api-version'].slice(0, 2).join('.');
  if (!API_VERSIONS.includes(version)) throw new Error(`pandoc's AST is version ${version}; these helpers read ${API_VERSIONS.join(' and ')}`);

  const view: PandocView = { meta: {}, headings: [], footnotes: [], tables: [], paragraphs: [], bulletLists: [], orderedLists: [], blockQuotes: [], text: '', ast };
  for (const [key, value] of Object.entries(ast.meta)) view.meta[key] = metaText(value);
  collect(ast.blocks, view);
  view.text = [blocksText(ast.blocks, view.footnotes), ...view.footnotes].filter(Boolean).join('\n');
  return view;
}

type Inline = PandocElement;
type Block = PandocElement;
/** Pandoc's `Attr`, `Target`... parts that carry no reader-visible text. */
type Unread = unknown;

/** Walks the top-level flow (through block quotes and divs) into the view's lists. */
function collect(blocks: Block[], view: PandocView): void {
  for (const block of blocks) {
    switch (block.t) {
      case 'Header': {
        const [level, , inlines] = block.c as [number, Unread, Inline[]];
        view.headings.push({ level, text: inlinesText(inlines) });
        break;
      }
      case 'Para':
      case 'Plain':
        view.paragraphs.push(inlinesText(block.c as Inline[]));
        break;
      case 'BulletList':
        view.bulletLists.push((block.c as Block[][]).map((item) => blocksText(item)));
        break;
      case 'OrderedList':
        view.orderedLists.push((block.c as [Unread, Block[][]])[1].map((item) => blocksText(item)));
        break;
      case 'BlockQuote':
        view.blockQuotes.push(blocksText(block.c as Block[]));
        collect(block.c as Block[], view);
        break;
      case 'Div':
        collect((block.c as [Unread, Block[]])[1], view);
        break;
      case 'Table':
        view.tables.push(table(block));
        break;
    }
  }
}

/** A table's caption and rows, each cell as its blocks; the foot's rows count as body rows. */
function tableParts(block: Block): { caption: Block[]; head: Block[][][]; body: Block[][][] } {
  type Row = [Unread, [Unread, Unread, number, number, Block[]][]];
  type Body = [Unread, number, Row[], Row[]];
  const [, caption, , head, bodies, foot] = block.c as [Unread, [Unread, Block[]], Unread, [Unread, Row[]], Body[], [Unread, Row[]]];
  const cells = (rows: Row[]) => rows.map(([, row]) => row.map(([, , , , blocks]) => blocks));
  const bodyRows = [...bodies.flatMap(([, , intermediateHead, rows]) => [...intermediateHead, ...rows]), ...foot[1]];
  return { caption: caption[1], head: cells(head[1]), body: cells(bodyRows) };
}

function table(block: Block): PandocTable {
  const { caption, head, body } = tableParts(block);
  const cells = body.map((row) =>
    row.map((blocks) => ({
      text: blocksText(blocks),
      blocks: blocks.map((b) => b.t),
      bulletLists: blocks.filter((b) => b.t === 'BulletList').map((b) => (b.c as Block[][]).map((item) => blocksText(item))),
    })),
  );
  return {
    caption: blocksText(caption),
    header: head.map((row) => row.map((blocks) => blocksText(blocks))),
    rows: cells.map((row) => row.map((c) => c.text)),
    cells,
  };
}

/** Blocks as text, a line per block or list item; footnote texts go to `notes` if given. */
function blocksText(blocks: Block[], notes?: string[]): string {
  return blocks
    .map((block) => blockText(block, notes))
    .filter(Boolean)
    .join('\n');
}

function blockText(block: Block, notes?: string[]): string {
  const inlines = (list: Inline[]) => inlinesText(list, notes);
  const items = (list: Block[][]) => list.map((item) => blocksText(item, notes)).filter(Boolean).join('\n');
  switch (block.t) {
    case 'Plain':
    case 'Para':
      return inlines(block.c as Inline[]);
    case 'LineBlock':
      return (block.c as Inline[][]).map(inlines).join('\n');
    case 'CodeBlock':
      return (block.c as [Unread, string])[1];
    case 'BlockQuote':
      return blocksText(block.c as Block[], notes);
    case 'BulletList':
      return items(block.c as Block[][]);
    case 'OrderedList':
      return items((block.c as [Unread, Block[][]])[1]);
    case 'DefinitionList':
      return (block.c as [Inline[], Block[][]][]).map(([term, definitions]) => [inlines(term), items(definitions)].filter(Boolean).join('\n')).join('\n');
    case 'Header':
      return inlines((block.c as [number, Unread, Inline[]])[2]);
    case 'Div':
      return blocksText((block.c as [Unread, Block[]])[1], notes);
    case 'Figure': {
      const [, caption, content] = block.c as [Unread, [Unread, Block[]], Block[]];
      return [blocksText(content, notes), blocksText(caption[1], notes)].filter(Boolean).join('\n');
    }
    case 'Table': {
      const { caption, head, body } = tableParts(block);
      const lines = [...head, ...body].map((row) => row.map((cell) => blocksText(cell, notes)).join('\t'));
      return [blocksText(caption, notes), ...lines].filter(Boolean).join('\n');
    }
    default: // RawBlock, HorizontalRule, Null: nothing a reader sees as text
      return '';
  }
}

/** Inline text as a reader sees it; a footnote's text goes to `notes`, not into the line. */
function inlinesText(inlines: Inline[], notes?: string[]): string {
  return inlines.map((inline) => inlineText(inline, notes)).join('');
}

function inlineText(inline: Inline, notes?: string[]): string {
  const children = (list: Inline[]) => inlinesText(list, notes);
  switch (inline.t) {
    case 'Str':
      return inline.c as string;
    case 'Space':
    case 'SoftBreak':
      return ' ';
    case 'LineBreak':
      return '\n';
    case 'Emph':
    case 'Underline':
    case 'Strong':
    case 'Strikeout':
    case 'Superscript':
    case 'Subscript':
    case 'SmallCaps':
      return children(inline.c as Inline[]);
    case 'Quoted': {
      const [kind, content] = inline.c as [PandocElement, Inline[]];
      const [open, close] = kind.t === 'SingleQuote' ? ['‘', '’'] : ['“', '”'];
      return open + children(content) + close;
    }
    case 'Cite':
      return children((inline.c as [Unread, Inline[]])[1]);
    case 'Code':
    case 'Math':
      return (inline.c as [Unread, string])[1];
    case 'Link':
    case 'Span':
      return children((inline.c as [Unread, Inline[]])[1]);
    case 'Note':
      notes?.push(blocksText(inline.c as Block[]));
      return '';
    default: // Image, RawInline: no running text
      return '';
  }
}

function metaText(value: PandocElement): string {
  switch (value.t) {
    case 'MetaString':
      return value.c as string;
    case 'MetaBool':
      return String(value.c);
    case 'MetaInlines':
      return inlinesText(value.c as Inline[]);
    case 'MetaBlocks':
      return blocksText(value.c as Block[]);
    case 'MetaList':
      return (value.c as PandocElement[]).map(metaText).join('\n');
    case 'MetaMap':
      return Object.values(value.c as Record<string, PandocElement>).map(metaText).join('\n');
    default:
      return '';
  }
}

export interface PdfPage {
  /** In points, as the page is shown (rotation applied). */
  width: number;
  height: number;
  landscape: boolean;
}

/** Converts a DOCX to PDF with LibreOffice, as someone without Word would see it. */
export async function renderWithLibreOffice(file: string, outDir: string): Promise<{ pdf: string; pages: PdfPage[] }> {
  // A profile of its own per call: two soffice processes sharing one wait on its lock.
  const profile = await mkdtemp(join(tmpdir(), 'rapporteur-soffice-'));
  const pdf = join(resolve(outDir), `${basename(file, extname(file))}.pdf`);
  try {
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file];
    const output = await run('soffice', 'soffice', args, file, 180_000);
    // soffice reports an unreadable file on stdout and still exits 0.
    if (!existsSync(pdf)) throw new Error(`soffice made no PDF of ${file}: ${output.trim() || 'it said nothing'}`);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return { pdf, pages: await pdfPages(pdf) };
}

/** The size of each page of a PDF, from poppler's pdfinfo. */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  // pdfinfo stops at the last page, however far -l reaches.
  const info = await run('pdfinfo', 'pdfinfo', ['-f', '1', '-l', '1000000', pdf], pdf, 60_000);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pages: PdfPage[] = [];
  for (const [, page, width, height] of info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    const rotation = Number(new RegExp(`^Page\\s+${page} rot:\\s+(\\d+)`, 'm').exec(info)?.[1] ?? 0);
    const [w, h] = rotation % 180 === 0 ? [Number(width), Number(height)] : [Number(height), Number(width)];
    pages.push({ width: w, height: h, landscape: w > h });
  }
  if (!count || pages.length !== count) throw new Error(`pdfinfo gave ${pages.length} page sizes for ${count} pages of ${pdf}:\n${info}`);
  return pages;
}

/** The text of a PDF, laid out as on the page. */
export function pdfText(pdf: string): Promise<string> {
  return run('pdftotext', 'pdftotext', ['-layout', pdf, '-'], pdf, 60_000);
}

export interface PythonDocxView {
  /** Body paragraphs (python-docx's `document.paragraphs`: not those in tables). */
  paragraphs: number;
  /** Top-level tables. */
  tables: number;
  /** Paragraph styles used in the body and in tables, by name, in order of first use. */
  styles: string[];
  fonts: {
    /** The document defaults' ASCII font (`w:docDefaults`), a theme font resolved to its name. */
    default: string | null;
    /** Each used style's ASCII font, following basedOn; null when only the default applies. */
    styles: Record<string, string | null>;
  };
}

const PYTHON_DOCX_VIEW = String.raw`
import json, sys
import docx
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

doc = docx.Document(sys.argv[1])

def theme_fonts():
    try:
        blob = doc.part.part_related_by(RT.THEME).blob
    except KeyError:
        return {}
    a = '{http://schemas.openxmlformats.org/drawingml/2006/main}'
    root = etree.fromstring(blob)
    fonts = {}
    for kind in ('major', 'minor'):
        latin = root.find('.//%s%sFont/%slatin' % (a, kind, a))
        if latin is not None:
            fonts[kind] = latin.get('typeface')
    return fonts

themes = theme_fonts()

def ascii_font(rpr):
    rfonts = None if rpr is None else rpr.find(qn('w:rFonts'))
    if rfonts is None:
        return None
    theme = rfonts.get(qn('w:asciiTheme'))
    if theme:
        return themes.get('major' if theme.startswith('major') else 'minor')
    return rfonts.get(qn('w:ascii'))

def style_font(style):
    while style is not None:
        font = ascii_font(style.element.find(qn('w:rPr')))
        if font:
            return font
        style = style.base_style
    return None

def paragraphs_in(tables):
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
                yield from paragraphs_in(cell.tables)

used = {}
for paragraph in [*doc.paragraphs, *paragraphs_in(doc.tables)]:
    used.setdefault(paragraph.style.name, paragraph.style)

defaults = doc.styles.element.find(qn('w:docDefaults'))
default_rpr = None if defaults is None else defaults.find(qn('w:rPrDefault') + '/' + qn('w:rPr'))
print(json.dumps({
    'paragraphs': len(doc.paragraphs),
    'tables': len(doc.tables),
    'styles': list(used),
    'fonts': {'default': ascii_font(default_rpr), 'styles': {name: style_font(s) for name, s in used.items()}},
}))
`;

/** What python-docx finds in a DOCX file: counts, the paragraph styles used and their fonts. */
export async function openWithPythonDocx(file: string): Promise<PythonDocxView> {
  const python = await requirePython();
  const json = await run('pythonDocx', python, ['-c', PYTHON_DOCX_VIEW, file], file, 60_000);
  return JSON.parse(json) as PythonDocxView;
}
