import type { RichText, RichTextNode } from '../../../shared/richtext';
import type { Template } from '../../../shared/template';
import { documentState, paragraph, section } from './build';

/**
 * A new document's state: every template section in order, the title block
 * filled in, the others holding one empty paragraph for the writer to start in
 * (the editor shows each section's guidance there).
 */
export function newDocumentState(template: Template, { title, subtitle = '' }: { title: string; subtitle?: string }): RichText {
  const sections = template.sections.map((spec): RichTextNode => {
    if (spec.kind === 'title') return section(spec.id, subtitle ? [paragraph(title), paragraph(subtitle)] : [paragraph(title)]);
    return section(spec.id, [paragraph()]);
  });
  return documentState(...sections);
}
