import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, $isLinkNode, AutoLinkNode, LinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $keepOnlySafeLinks, isSafeLinkUrl, safeLinkUrl } from '../../renderer/src/editor/links';

describe('a link typed in the link dialog', () => {
  it('becomes a web or mail address a reader may follow', () => {
    expect(safeLinkUrl('example.org/report')).toBe('https://example.org/report');
    expect(safeLinkUrl('https://example.org')).toBe('https://example.org');
    expect(safeLinkUrl('name@example.org')).toBe('mailto:name@example.org');
    expect(safeLinkUrl('mailto:name@example.org')).toBe('mailto:name@example.org');
  });

  it('is refused when it could run code or open a file', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('file:///etc/passwd')).toBeNull();
    expect(safeLinkUrl('data:text/html,<script>')).toBeNull();
    expect(isSafeLinkUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('a link that arrives some other way (a paste of editor data, an old document)', () => {
  it('keeps its words but not its link unless it is a web or mail address', () => {
    const editor = createHeadlessEditor({ nodes: [LinkNode, AutoLinkNode], onError: (error) => { throw error; } });
    editor.registerNodeTransform(LinkNode, $keepOnlySafeLinks);
    editor.update(
      () => {
        const paragraph = $createParagraphNode();
        paragraph.append($createLinkNode('javascript:alert(1)').append($createTextNode('click here')));
        paragraph.append($createTextNode(' and '));
        paragraph.append($createLinkNode('https://example.org').append($createTextNode('the report')));
        $getRoot().append(paragraph);
      },
      { discrete: true },
    );
    const links: string[] = [];
    let text = '';
    editor.getEditorState().read(() => {
      text = $getRoot().getTextContent();
      for (const node of $getRoot().getAllTextNodes()) {
        const parent = node.getParent();
        if ($isLinkNode(parent)) links.push(parent.getURL());
      }
    });
    expect(text).toBe('click here and the report');
    expect(links).toEqual(['https://example.org']);
  });
});
