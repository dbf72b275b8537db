import type {
  CommitmentsTableNode,
  ComparisonTableNode,
  DataTableNode,
  EventDetailsNode,
  LessonNode,
  ReadingListNode,
  Reference,
} from '../../../shared/briefing';
import { KINDS, type Item, type ItemOf, type Kind, type KindData } from '../../../shared/domain';
import { HEADER_ROW, TEXT_FORMAT, type RichTextNode } from '../../../shared/richtext';
import type { Template, TemplateSection } from '../../../shared/template';
import type {
  Block,
  Inline,
  LessonBlock,
  ListBlock,
  ParagraphRole,
  ResolvedDocument,
  ResolvedSection,
  TableBlock,
  TableCell,
  TextRun,
} from './model';
import { safeUrl } from '../../../shared/links';
import { dateRange } from '../../../shared/dates';
import { formatNumber } from '../../../shared/numbers';
import { formatReference, referenceText } from './references';

/** Where exporters and the checker find library items; the library, or a map of them. */
export interface LibraryLookup {
  get(id: string): Item | undefined;
}


type BlockConverter = (node: RichTextNode, resolver: Resolver) => Block[];

/**
 * One converter per node type, from Lexical's serialized nodes (and ours) to
 * the export model. Unknown element types keep their children's content.
 */
const BLOCK_CONVERTERS: Record<string, BlockConverter> = {
  paragraph: (node, r) => r.paragraph(node.children ?? [], 'body'),
  heading: (node, r) => {
    const inlines = r.inlines(node.children ?? []);
    const tag = typeof node.tag === 'string' ? Number(node.tag.slice(1)) : 2;
    return hasText(inlines) ? [{ type: 'heading', level: tag >= 3 ? 3 : 2, inlines }] : [];
  },
  quote: (node, r) => {
    const inlines = r.inlines(node.children ?? []);
    return hasText(inlines) ? [{ type: 'pullquote', inlines, attribution: '' }] : [];
  },
  pullquote: (node, r) => {
    const inlines = r.inlines(node.children ?? []);
    const attribution = typeof node.attribution === 'string' ? node.attribution : '';
    return hasText(inlines) ? [{ type: 'pullquote', inlines, attribution }] : [];
  },
  list: (node, r) => r.list(node),
  table: (node, r) => r.table(node),
  lesson: (node, r) => r.lesson(node as unknown as LessonNode),
  comparisontable: (node, r) => r.comparisonTable(node as unknown as ComparisonTableNode),
  datatable: (node, r) => r.dataTable(node as unknown as DataTableNode),
  commitmentstable: (node, r) => r.commitmentsTable(node as unknown as CommitmentsTableNode),
  eventdetails: (node, r) => r.eventDetails(node as unknown as EventDetailsNode),
  readinglist: (node, r) => r.readingList(node as unknown as ReadingListNode),
  horizontalrule: () => [],
};

function hasText(inlines: Inline[]): boolean {
  return inlines.some((run) => (run.type === 'text' ? run.text.trim() !== '' : run.type !== 'break'));
}

function textRun(node: RichTextNode): TextRun {
  const format = typeof node.format === 'number' ? node.format : 0;
  const run: TextRun = { type: 'text', text: node.text ?? '' };
  for (const [name, bit] of Object.entries(TEXT_FORMAT) as [keyof typeof TEXT_FORMAT, number][]) {
    if (format & bit) run[name] = true;
  }
  return run;
}

function plainParagraph(text: string, role: ParagraphRole = 'body'): Block {
  return { type: 'paragraph', role, inlines: [{ type: 'text', text }] };
}

function cell(...blocks: Block[]): TableCell {
  return { blocks };
}

function textCell(text: string, bold = false): TableCell {
  return cell({ type: 'paragraph', role: 'body', inlines: [{ type: 'text', text, ...(bold ? { bold } : {}) }] });
}

function pointsCell(points: string[]): TableCell {
  if (points.length === 0) return cell();
  return cell({ type: 'list', ordered: false, items: points.map((point) => [plainParagraph(point)]) });
}


class Resolver {
  private footnotes = 0;
  private lessons = 0;
  private sectionId: string | null = null;
  readonly broken: ResolvedDocument['broken'] = [];

  constructor(
    private readonly library: LibraryLookup,
    private readonly template: Template,
  ) {}

  get footnoteCount(): number {
    return this.footnotes;
  }

  enterSection(sectionId: string | null): void {
    this.sectionId = sectionId;
  }

  /** A library item of the given kind, or null (recorded as broken) when it is missing or of another kind. */
  item<K extends Kind>(id: string, kind: K): ItemOf<K> | null {
    const found = this.library.get(id);
    if (found?.kind === kind) return found as ItemOf<K>;
    const problem = found
      ? `refers to ${id}, which is a ${KINDS[found.kind].label}, not a ${KINDS[kind].label}`
      : `refers to a ${KINDS[kind].label} (${id}) that is not in the library`;
    this.broken.push({ id, kind, sectionId: this.sectionId, problem });
    return null;
  }

  missing(reference: Reference): Block {
    return { type: 'missing', reference, text: `[Missing ${KINDS[reference.kind].label}: ${reference.id}]` };
  }

  blocks(nodes: RichTextNode[]): Block[] {
    return nodes.flatMap((node) => this.block(node));
  }

  block(node: RichTextNode): Block[] {
    const convert = BLOCK_CONVERTERS[node.type];
    if (convert) return convert(node, this);
    if (node.children?.some((child) => child.type === 'text' || child.type === 'footnote' || child.type === 'link')) {
      return this.paragraph(node.children, 'body');
    }
    if (node.children) return this.blocks(node.children);
    return typeof node.text === 'string' && node.text.trim() ? [plainParagraph(node.text)] : [];
  }

  paragraph(children: RichTextNode[], role: ParagraphRole): Block[] {
    const inlines = this.inlines(children);
    return hasText(inlines) ? [{ type: 'paragraph', role, inlines }] : [];
  }

  inlines(nodes: RichTextNode[]): Inline[] {
    const runs: Inline[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          if (node.text) runs.push(textRun(node));
          break;
        case 'tab':
          runs.push({ type: 'text', text: '\t' });
          break;
        case 'linebreak':
          runs.push({ type: 'break' });
          break;
        case 'link':
        case 'autolink': {
          const children = this.inlines(node.children ?? []).filter((run): run is TextRun => run.type === 'text');
          const url = typeof node.url === 'string' ? safeUrl(node.url) : null;
          if (url) runs.push({ type: 'link', url, children });
          else runs.push(...children);
          break;
        }
        case 'footnote':
          runs.push({ type: 'footnote', number: ++this.footnotes, text: this.footnoteText(node) });
          break;
        default:
          if (node.children) runs.push(...this.inlines(node.children));
          else if (typeof node.text === 'string') runs.push(textRun(node));
      }
    }
    return runs;
  }

  private footnoteText(node: RichTextNode): string {
    const note = typeof node.note === 'string' ? node.note.trim() : '';
    if (typeof node.sourceId !== 'string' || !node.sourceId) return note;
    const source = this.item(node.sourceId, 'source');
    if (!source) return note;
    const reference = referenceText(source.data);
    return note ? `${note.replace(/[.;:,]?$/, '.')} Source: ${reference}` : `Source: ${reference}`;
  }

  list(node: RichTextNode): Block[] {
    const ordered = node.listType === 'number';
    const items: Block[][] = [];
    for (const child of node.children ?? []) {
      const nested = (child.children ?? []).filter((grandchild) => grandchild.type === 'list');
      const inline = (child.children ?? []).filter((grandchild) => grandchild.type !== 'list');
      const blocks: Block[] = [...this.paragraph(inline, 'body'), ...nested.flatMap((list) => this.list(list))];
      const previous = items[items.length - 1];
      // Lexical nests a list in an item of its own that holds nothing else.
      if (inline.length === 0 && nested.length > 0 && previous) previous.push(...blocks);
      else if (blocks.length > 0) items.push(blocks);
    }
    return items.length > 0 ? [{ type: 'list', ordered, items } satisfies ListBlock] : [];
  }

  table(node: RichTextNode): Block[] {
    const rows = (node.children ?? []).filter((row) => row.type === 'tablerow');
    if (rows.length === 0) return [];
    const header = (rows[0]?.children ?? []).every(
      (c) => typeof c.headerState === 'number' && (c.headerState & HEADER_ROW) !== 0,
    );
    const cells = rows.map((row) => (row.children ?? []).map((c) => cell(...this.blocks(c.children ?? []))));
    return [{ type: 'table', role: 'plain', caption: '', header, rows: cells, numericColumns: [], note: '' }];
  }

  lesson(node: LessonNode): Block[] {
    let content: Pick<LessonBlock, 'title' | 'quote'> & { body: RichTextNode[] };
    if (node.pinned) {
      content = { title: node.pinned.title, quote: node.pinned.quote, body: node.pinned.body.root.children };
    } else {
      const lesson = node.lessonId ? this.item(node.lessonId, 'lesson') : null;
      if (!lesson) return [this.missing({ id: node.lessonId ?? '', kind: 'lesson' })];
      const { title, quote, body } = lesson.data;
      content = { title, quote, body: body.root.children };
    }
    const number = ++this.lessons;
    return [
      {
        type: 'lesson',
        number,
        label: this.template.numbering.lesson.replaceAll('{n}', String(number)),
        title: content.title,
        quote: content.quote,
        body: this.blocks(content.body),
        lessonId: node.lessonId,
        pinned: node.pinned !== null,
      },
    ];
  }

  comparisonTable(node: ComparisonTableNode): Block[] {
    const comparison = this.item(node.comparisonId, 'comparison');
    if (!comparison) return [this.missing({ id: node.comparisonId, kind: 'comparison' })];
    const unitIds = node.unitIds.length > 0 ? node.unitIds : comparison.data.unitIds;
    const units = unitIds.map((id) => ({ id, unit: this.item(id, 'unit') }));
    const byId = new Map(comparison.data.questions.map((question) => [question.id, question]));
    const questions =
      node.questionIds.length > 0
        ? node.questionIds.flatMap((id) => byId.get(id) ?? [])
        : comparison.data.questions;
    const unitHeader = ({ id, unit }: (typeof units)[number]): TableCell =>
      unit
        ? cell(
            { type: 'paragraph', role: 'body', inlines: [{ type: 'text', text: unit.data.name, bold: true }] },
            plainParagraph(unit.data.government),
          )
        : textCell(`[Missing delivery unit: ${id}]`, true);
    const answer = (question: (typeof questions)[number], unitId: string) => pointsCell(question.cells[unitId]?.points ?? []);

    let rows: TableCell[][];
    if (node.transposed) {
      rows = [
        [textCell('Delivery unit', true), ...questions.map((question) => textCell(question.text, true))],
        ...units.map((unit) => [unitHeader(unit), ...questions.map((question) => answer(question, unit.id))]),
      ];
    } else {
      rows = [
        [textCell('Question', true), ...units.map(unitHeader)],
        ...questions.map((question) => [textCell(question.text, true), ...units.map((unit) => answer(question, unit.id))]),
      ];
    }
    const table: TableBlock = {
      type: 'table',
      role: 'comparison',
      caption: node.caption || comparison.data.title,
      header: true,
      rows,
      numericColumns: [],
      note: '',
    };
    return [table];
  }

  dataTable(node: DataTableNode): Block[] {
    const table = this.item(node.tableId, 'table');
    if (!table) return [this.missing({ id: node.tableId, kind: 'table' })];
    const { columns, rows, notes, title } = table.data;
    const header = columns.map((column) => textCell(column.unit ? `${column.label} (${column.unit})` : column.label, true));
    const body = rows.map((row) =>
      row.map((value) => textCell(value === null ? '' : typeof value === 'number' ? formatNumber(value) : value)),
    );
    const numericColumns = columns.flatMap((column, index) => (column.type === 'number' ? [index] : []));
    return [{ type: 'table', role: 'data', caption: node.caption || title, header: true, rows: [header, ...body], numericColumns, note: notes }];
  }

  commitmentsTable(node: CommitmentsTableNode): Block[] {
    const rows: TableCell[][] = [
      ['No.', 'Commitment', 'Owner', 'Frequency or due date', 'Status'].map((label) => textCell(label, true)),
    ];
    node.commitmentIds.forEach((id, index) => {
      const commitment = this.item(id, 'commitment');
      if (!commitment) {
        rows.push([textCell(String(index + 1)), textCell(`[Missing commitment: ${id}]`), cell(), cell(), cell()]);
        return;
      }
      const { number, text, details, owner, frequency, dueDate, status } = commitment.data;
      const what = details.length > 0 ? cell(plainParagraph(text), ...pointsCell(details).blocks) : textCell(text);
      const when = [frequency, dueDate ?? ''].filter(Boolean).join('; ');
      rows.push([textCell(String(number ?? index + 1)), what, textCell(owner), textCell(when), textCell(statusLabel(status))]);
    });
    return [{ type: 'table', role: 'commitments', caption: '', header: true, rows, numericColumns: [], note: '' }];
  }

  eventDetails(node: EventDetailsNode): Block[] {
    const workshop = this.item(node.workshopId, 'workshop');
    if (!workshop) return [this.missing({ id: node.workshopId, kind: 'workshop' })];
    const { title, startDate, endDate, place, organisers, participants } = workshop.data;
    const rows: TableCell[][] = [
      [textCell('Event', true), textCell(title)],
      [textCell('Dates', true), textCell(dateRange(startDate, endDate))],
    ];
    if (place) rows.push([textCell('Place', true), textCell(place)]);
    if (organisers.length > 0) rows.push([textCell('Organisers', true), pointsCell(organisers)]);
    if (participants.length > 0) rows.push([textCell('Participants', true), pointsCell(participants)]);
    return [{ type: 'table', role: 'event', caption: '', header: false, rows, numericColumns: [], note: '' }];
  }

  readingList(node: ReadingListNode): Block[] {
    const entries = node.sourceIds.map((id): Inline[] => {
      const source = this.item(id, 'source');
      return source ? formatReference(source.data) : [{ type: 'text', text: `[Missing source: ${id}]` }];
    });
    return [{ type: 'references', entries }];
  }
}

function statusLabel(status: KindData<'commitment'>['status']): string {
  return status.charAt(0).toUpperCase() + status.slice(1).replace('-', ' ');
}

/** The section's printed heading: the document's own, else the template's. */
function sectionHeading(node: RichTextNode, spec: TemplateSection | undefined): string {
  const own = typeof node.heading === 'string' ? node.heading.trim() : '';
  return own || spec?.heading || '';
}

/** Looks up a document's library items and numbers its lessons and footnotes, for export and checking. */
export function resolveDocument(
  document: KindData<'document'>,
  template: Template,
  library: LibraryLookup,
): ResolvedDocument {
  const resolver = new Resolver(library, template);
  const sections: ResolvedSection[] = [];
  let loose: ResolvedSection | null = null;
  let printedNumber = 0;

  for (const node of document.state.root.children) {
    if (node.type !== 'section') {
      if (!loose) {
        loose = { sectionId: null, spec: undefined, heading: '', number: null, printHeading: false, orientation: 'portrait', blocks: [] };
        sections.push(loose);
      }
      resolver.enterSection(null);
      loose.blocks.push(...resolver.block(node));
      continue;
    }
    loose = null;
    const sectionId = typeof node.sectionId === 'string' ? node.sectionId : '';
    const spec = template.sections.find((candidate) => candidate.id === sectionId);
    resolver.enterSection(sectionId);
    const children = node.children ?? [];
    const blocks =
      spec?.kind === 'title'
        ? children.flatMap((child, index) => resolver.paragraph(child.children ?? [], index === 0 ? 'title' : 'subtitle'))
        : resolver.blocks(children);
    const printHeading = spec ? spec.printHeading : true;
    const numbered = template.numbering.sections && printHeading && spec?.kind !== 'title';
    sections.push({
      sectionId,
      spec,
      heading: sectionHeading(node, spec),
      number: numbered ? ++printedNumber : null,
      printHeading,
      orientation: spec?.orientation ?? 'portrait',
      blocks,
    });
  }

  const titleBlocks = sections.find((section) => section.spec?.kind === 'title')?.blocks ?? [];
  const textOf = (role: ParagraphRole) =>
    titleBlocks
      .filter((block) => block.type === 'paragraph' && block.role === role)
      .map((block) => inlineText((block as { inlines: Inline[] }).inlines))
      .join(' ');
  return {
    title: textOf('title') || document.title,
    subtitle: textOf('subtitle'),
    author: document.author,
    subject: document.subject,
    template,
    sections,
    footnoteCount: resolver.footnoteCount,
    broken: resolver.broken,
  };
}

/** The text of inline runs, without footnotes. */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((run) => {
      switch (run.type) {
        case 'text':
          return run.text;
        case 'link':
          return run.children.map((child) => child.text).join('');
        case 'break':
          return '\n';
        case 'footnote':
          return '';
      }
    })
    .join('');
}
