import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { Inline, TextRun as TextInline } from '../../briefing/model';
import type { DocxContext } from './context';

type InlineConverter<I extends Inline> = (inline: I, context: DocxContext) => ParagraphChild[];

/** One converter per inline kind of the export model. */
const INLINE_CONVERTERS: { [T in Inline['type']]: InlineConverter<Extract<Inline, { type: T }>> } = {
  text: (run, context) => [textRun(run, context)],
  link: (link, context) => [
    new ExternalHyperlink({ link: link.url, children: link.children.map((run) => textRun(run, context, 'Hyperlink')) }),
  ],
  footnote: (note, context) => {
    context.state.footnotes[note.number] = {
      children: [new Paragraph({ style: context.state.styles.FootnoteText, children: [new TextRun(` ${note.text}`)] })],
    };
    return [new FootnoteReferenceRun(note.number)];
  },
  break: () => [new TextRun({ break: 1 })],
};

export function convertInlines(inlines: Inline[], context: DocxContext): ParagraphChild[] {
  return inlines.flatMap((inline) => (INLINE_CONVERTERS[inline.type] as InlineConverter<Inline>)(inline, context));
}

function textRun(run: TextInline, context: DocxContext, style?: string): TextRun {
  const characterStyle = run.code ? context.state.styles.VerbatimChar : style;
  return new TextRun({
    // Word shows a tab character in text as a space; a tab is an element of its own.
    ...(run.text.includes('\t') ? { children: withTabs(run.text) } : { text: run.text }),
    ...(characterStyle ? { style: characterStyle } : {}),
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(run.underline ? { underline: {} } : {}),
    ...(run.strike ? { strike: true } : {}),
    ...(run.superscript ? { superScript: true } : {}),
    ...(run.subscript ? { subScript: true } : {}),
  });
}

function withTabs(text: string): (string | Tab)[] {
  return text.split('\t').flatMap((part, index) => (index === 0 ? [part] : [new Tab(), part])).filter((part) => part !== '');
}
