import { Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { ResolvedSection } from '../../briefing/model';
import { PAGE_SIZES_MM, type PageSetup } from '../../../../shared/template';
import type { StyleIds } from './styles';
import { mmToTwips } from './units';

type Orientation = ResolvedSection['orientation'];

/** Word's default distance of the header and footer from the page's edge, in twips. */
const HEADER_DISTANCE = 708;

/** The paper's portrait width and height, in twips. */
function portraitSize(page: PageSetup): { width: number; height: number } {
  const { width, height } = PAGE_SIZES_MM[page.size];
  return { width: mmToTwips(width), height: mmToTwips(height) };
}

/** The page size, orientation and margins of a Word section. */
export function pageProperties(page: PageSetup, orientation: Orientation): ISectionPropertiesOptions {
  const { width, height } = portraitSize(page);
  const margin = page.margins;
  const top = mmToTwips(margin.top);
  const bottom = mmToTwips(margin.bottom);
  return {
    page: {
      // docx swaps width and height for a landscape page.
      size: { width, height, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: {
        top,
        bottom,
        left: mmToTwips(margin.left),
        right: mmToTwips(margin.right),
        header: Math.min(HEADER_DISTANCE, Math.round(top / 2)),
        footer: Math.min(HEADER_DISTANCE, Math.round(bottom / 2)),
      },
    },
  };
}

/** The width between the margins, in twips. */
export function textWidth(page: PageSetup, orientation: Orientation): number {
  const { width, height } = portraitSize(page);
  return (orientation === 'landscape' ? height : width) - mmToTwips(page.margins.left) - mmToTwips(page.margins.right);
}

/** The running header, the template's text with the document's title in it; none when it is blank. */
export function runningHeader(page: PageSetup, title: string, styles: StyleIds): Header | undefined {
  const text = page.header.replaceAll('{title}', title).trim();
  if (!text) return undefined;
  return new Header({ children: [new Paragraph({ style: styles.Header, children: [new TextRun(text)] })] });
}

/** The running footer, with "{page}" and "{pages}" as Word page fields ("Page 3 of 12"). */
export function runningFooter(page: PageSetup, styles: StyleIds): Footer | undefined {
  if (!page.footer.trim()) return undefined;
  const fields = { '{page}': PageNumber.CURRENT, '{pages}': PageNumber.TOTAL_PAGES } as const;
  const children = page.footer
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => (part in fields ? fields[part as keyof typeof fields] : part));
  return new Footer({ children: [new Paragraph({ style: styles.Footer, children: [new TextRun({ children })] })] });
}
