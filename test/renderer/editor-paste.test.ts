import { createHeadlessEditor } from '@lexical/headless';
import { withDOM } from '@lexical/headless/dom';
import { $generateNodesFromDOM } from '@lexical/html';
import { $getRoot, $insertNodes, $createParagraphNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, withoutInlineStyles } from '../../renderer/src/editor/paste/clean-html';
import { BRIEFING_EDITOR_NODES } from '../../renderer/src/editor/nodes';

// What a writer gets when pasting from Word or a web page: the structure of
// the text (headings, lists, emphasis, links, tables), none of the source's
// styling, and nothing unsafe.

/** As the editor parses a paste: inline styles renamed first, so the page's CSP has nothing to refuse. */
function clean(html: string): string {
  return withDOM((window) => {
    const parsed = new window.DOMParser().parseFromString(withoutInlineStyles(html), 'text/html');
    return cleanPastedHtml(parsed as unknown as Document).body.innerHTML;
  });
}

/** The paste as the editor stores it. */
function pasted(html: string): unknown[] {
  const editor = createHeadlessEditor({
    nodes: BRIEFING_EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  withDOM((window) => {
    editor.update(
      () => {
        const paragraph = $createParagraphNode();
        $getRoot().append(paragraph);
        paragraph.select();
        const parsed = new window.DOMParser().parseFromString(withoutInlineStyles(html), 'text/html');
        $insertNodes($generateNodesFromDOM(editor, cleanPastedHtml(parsed as unknown as Document)));
      },
      { discrete: true },
    );
  });
  return editor.getEditorState().toJSON().root.children as unknown[];
}

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal {font-family: Calibri}</style></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span style='font-family:"Cambria",serif;color:#2F5496'>Lessons from Punjab<o:p></o:p></span></h1>
<p class=MsoNormal><span style='font-size:11.0pt;mso-bidi-font-family:Calibri'>Delivery units drive <b style='mso-bidi-font-weight:normal'>priorities</b> across <i>government</i>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Set priorities<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>o<span>&nbsp;&nbsp; </span></span><![endif]>monthly stocktakes<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span><![endif]>Track them<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span><!--[endif]-->First step</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span><!--[endif]-->Second step</p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td width=200 valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>Unit<o:p></o:p></b></p></td><td><p class=MsoNormal>SMU</p></td></tr></table>
<p class=MsoNormal>See <a href="https://example.org/report" style='color:blue'>the report</a><a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a>.</p>
<!--EndFragment-->
</body></html>`;

describe('pasting from Word', () => {
  it('keeps headings, emphasis, lists, tables and links, and drops the styling', () => {
    const html = clean(WORD);
    expect(html).not.toMatch(/style=|class=|<span|<o:p|mso-|font|Calibri|<!--|lang=/i);
    expect(html).toContain('<h2>Lessons from Punjab</h2>');
    expect(html).toContain('Delivery units drive <strong>priorities</strong> across <em>government</em>.');
    expect(html).toContain('<a href="https://example.org/report">the report</a>[1].');
  });

  it('turns Word’s list paragraphs into lists, nested by level, numbered when Word numbered them', () => {
    const html = clean(WORD).replace(/\s+/g, ' ');
    expect(html).toContain('<ul><li>Set priorities<ul><li>monthly stocktakes</li></ul></li><li>Track them</li></ul>');
    expect(html).toContain('<ol><li>First step</li><li>Second step</li></ol>');
  });

  it('drops empty paragraphs', () => {
    expect(clean(WORD)).not.toMatch(/<p>(\s|&nbsp;|\u00a0)*<\/p>/);
  });

  it('arrives in the editor as a heading, paragraphs, lists, a table and a link', () => {
    const types = (pasted(WORD) as { type: string }[]).map((node) => node.type);
    expect(types).toEqual(expect.arrayContaining(['heading', 'paragraph', 'list', 'table']));
    const json = JSON.stringify(pasted(WORD));
    expect(json).toContain('"type":"link"');
    expect(json).toContain('"url":"https://example.org/report"');
    expect(json).toContain('monthly stocktakes');
    expect(json).not.toMatch(/Calibri|color|font-size|mso-/);
  });
});

describe('pasting from the web', () => {
  it('renames inline styles and handlers before parsing, in tags only, so the page’s CSP has none to refuse', () => {
    expect(withoutInlineStyles(`<p style="color:red" class=x>style="kept as text"</p><SPAN STYLE='font-weight:bold'>b</SPAN><img src=x onerror="alert(1)">`)).toBe(
      `<p data-pasted-style="color:red" class=x>style="kept as text"</p><SPAN data-pasted-style='font-weight:bold'>b</SPAN><img src=x data-pasted-onerror="alert(1)">`,
    );
  });

  it('lets nothing unsafe through: scripts, images, event handlers, script links, styles', () => {
    const html = clean(
      `<style>body{color:red}</style><script>alert(1)</script>
       <p onclick="alert(1)" style="color:red">Text <img src="x" onerror="alert(1)"> with <a href="javascript:alert(1)">a bad link</a>
       and <a href="mailto:unit@example.org">a mail link</a>.</p><iframe src="https://example.org"></iframe>`,
    );
    expect(html).not.toMatch(/script|alert|img|onerror|onclick|iframe|style|color/i);
    expect(html).toContain('with a bad link');
    expect(html).toContain('<a href="mailto:unit@example.org">a mail link</a>');
  });

  it('reads bold, italic and underline given as styles (Google Docs), and ignores its bold-looking wrapper', () => {
    const html = clean(
      `<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Bold</span> <span style="font-style:italic">italic</span> <span style="text-decoration:underline">under</span></p></b>`,
    );
    expect(html).toBe('<p><strong>Bold</strong> <em>italic</em> <u>under</u></p>');
  });

  it('turns blocks made of divs into paragraphs and keeps lists and quotes', () => {
    const html = clean(`<div><div>First line</div><div>Second <em>line</em></div></div><ul><li>one</li></ul><blockquote>Said</blockquote>`);
    expect(html).toBe('<p>First line</p><p>Second <em>line</em></p><ul><li>one</li></ul><blockquote>Said</blockquote>');
  });
});
