import {
  Document,
  Packer,
  PageBreak,
  Paragraph,
  TableOfContents,
  TextRun,
  readTheme,
  type FileChild,
  type IPropertiesOptions,
  type ISectionOptions,
  type IThemeOptions,
} from 'docx';
import type { ResolvedDocument, ResolvedSection } from '../../briefing/model';
import { convertBlocks } from './blocks';
import { DocxState, rootContext, type DocxContext } from './context';
import { LIST_NUMBERING } from './numbering';
import { pageProperties, runningFooter, runningHeader, textWidth } from './page';
import { readReferenceDoc, referenceRefusal } from './reference-doc';
import { documentDefaults, wordStyles, type StyleIds } from './styles';

export interface DocxOptions {
  /** An organisation's own .docx whose styles the export takes, as pandoc's --reference-doc. */
  referenceDoc?: Uint8Array;
  /** Its file name, for messages. */
  referenceDocName?: string;
  /** Whether to start with a table of contents; the template decides when not given. */
  tableOfContents?: boolean;
}

/** Writes a resolved document as a Word file, in the template's styles or a reference document's. */
export async function exportDocx(document: ResolvedDocument, options: DocxOptions = {}): Promise<Buffer> {
  const { template } = document;
  const reference = options.referenceDoc ? await readReferenceDoc(options.referenceDoc, options.referenceDocName) : undefined;
  const styles = wordStyles(template, reference);
  const state = new DocxState(template, styles.ids);
  const tableOfContents = options.tableOfContents ?? template.tableOfContents;
  const sections = wordSections(document, state, tableOfContents);
  const theme = reference?.themeXml ? themeOf(reference.themeXml) : undefined;

  const properties: IPropertiesOptions = {
    title: document.title,
    creator: document.author,
    lastModifiedBy: document.author,
    subject: document.subject,
    description: document.subtitle,
    ...(reference ? { externalStyles: reference.stylesXml } : {}),
    ...(theme ? { theme } : {}),
    styles: {
      ...(reference ? {} : { default: { document: documentDefaults(template) } }),
      paragraphStyles: styles.paragraphStyles,
      characterStyles: styles.characterStyles,
    },
    numbering: LIST_NUMBERING,
    footnotes: state.footnotes,
    ...(tableOfContents ? { features: { updateFields: true } } : {}),
    sections,
  };
  return Packer.toBuffer(withReferenceCheck(options, () => new Document(properties)));
}

/** docx parses the reference's styles fully: what it cannot parse is the file's fault, so say which file. */
function withReferenceCheck<T>(options: DocxOptions, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (!options.referenceDoc || !(error instanceof Error) || !/XML|styles element/i.test(error.message)) throw error;
    throw referenceRefusal(options.referenceDocName, `its word/styles.xml cannot be read (${error.message})`);
  }
}

/**
 * The document's sections as Word sections: consecutive sections of one orientation share
 * a Word section, so a landscape annex gets landscape pages and what follows it portrait
 * ones again. Every Word section carries the running header and footer.
 */
function wordSections(document: ResolvedDocument, state: DocxState, tableOfContents: boolean): ISectionOptions[] {
  const { page } = document.template;
  const groups: { orientation: ResolvedSection['orientation']; children: FileChild[] }[] = [];
  // The contents follow the title block, or open the document when it has none.
  const titleIndex = document.sections.findIndex((section) => section.spec?.kind === 'title');
  if (tableOfContents && titleIndex < 0) groups.push({ orientation: 'portrait', children: contents(state.styles) });
  document.sections.forEach((section, index) => {
    let group = groups[groups.length - 1];
    if (group?.orientation !== section.orientation) {
      group = { orientation: section.orientation, children: [] };
      groups.push(group);
    }
    group.children.push(...sectionChildren(section, rootContext(state, textWidth(page, section.orientation))));
    if (tableOfContents && index === titleIndex) group.children.push(...contents(state.styles));
  });
  if (groups.length === 0) groups.push({ orientation: 'portrait', children: [] });

  return groups.map(({ orientation, children }) => {
    const header = runningHeader(page, document.title, state.styles);
    const footer = runningFooter(page, state.styles);
    return {
      properties: pageProperties(page, orientation),
      headers: header ? { default: header } : {},
      footers: footer ? { default: footer } : {},
      // Word wants a paragraph in every section, even an empty one.
      children: children.length > 0 ? children : [new Paragraph({})],
    };
  });
}

function sectionChildren(section: ResolvedSection, context: DocxContext): FileChild[] {
  const heading = section.printHeading && section.spec?.kind !== 'title' ? section.heading.trim() : '';
  const number = section.number === null ? '' : `${section.number}. `;
  return [
    ...(heading ? [new Paragraph({ style: context.state.styles.Heading1, children: [new TextRun(number + heading)] })] : []),
    ...convertBlocks(section.blocks, context),
  ];
}

/** A table of contents field, which Word fills in from the headings when it opens the file. */
function contents(styles: StyleIds): FileChild[] {
  return [
    new Paragraph({ style: styles.TOCHeading, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The reference document's theme, whose fonts its styles may refer to; Office's when it cannot be read. */
function themeOf(xml: string): IThemeOptions | undefined {
  try {
    return readTheme(xml);
  } catch {
    return undefined;
  }
}
