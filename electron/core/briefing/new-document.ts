import { paragraphNode, textNode, type RichText, type RichTextNode } from '../../../shared/richtext';
import type { Template } from '../../../shared/template';
import { documentState, paragraph, section } from './build';

/**
 * A new document's state: every template section in order, the title block
 * filled in, the others holding one empty paragraph for the writer to start in
 * (the editor shows each section's guidance there).
 */
export function newDocumentState(template: Template, { title, subtitle = '' }: { title: string; subtitle?: string }): RichText {
  const sections = template.sections.map((spec): RichTextNode => {
    // Titles are taken as typed: no "*" read as emphasis.
    const line = (text: string) => paragraphNode([textNode(text)]);
    if (spec.kind === 'title') return section(spec.id, subtitle ? [line(title), line(subtitle)] : [line(title)]);
    return section(spec.id, [paragraph()]);
  });
  return documentState(...sections);
}
