import { Fragment, type ReactNode } from 'react';
import type { RichText, RichTextNode } from '../../../shared/richtext';
import { webLink } from '../web-link';

/** Lexical's text format bits, outermost first. */
const FORMATS: [bit: number, wrap: (children: ReactNode) => ReactNode][] = [
  [1, (children) => <strong>{children}</strong>],
  [2, (children) => <em>{children}</em>],
  [4, (children) => <s>{children}</s>],
  [8, (children) => <u>{children}</u>],
  [16, (children) => <code>{children}</code>],
  [32, (children) => <sub>{children}</sub>],
  [64, (children) => <sup>{children}</sup>],
];

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

function formattedText(node: RichTextNode): ReactNode {
  const format = typeof node.format === 'number' ? node.format : 0;
  return FORMATS.reduceRight<ReactNode>((inner, [bit, wrap]) => (format & bit ? wrap(inner) : inner), node.text ?? '');
}

interface Context {
  /** How many levels to push headings down, so a document's headings sit under the item's own. */
  headingShift: number;
}

function renderChildren(node: RichTextNode, context: Context): ReactNode[] {
  return (node.children ?? []).map((child, index) => renderNode(child, context, index));
}

function renderNode(node: RichTextNode, context: Context, key: number): ReactNode {
  const children = () => renderChildren(node, context);
  switch (node.type) {
    case 'text':
      return <Fragment key={key}>{formattedText(node)}</Fragment>;
    case 'linebreak':
      return <br key={key} />;
    case 'tab':
      return <Fragment key={key}>{'\t'}</Fragment>;
    case 'paragraph':
      return <p key={key}>{children()}</p>;
    case 'heading': {
      const written = HEADING_TAGS.indexOf(node.tag as (typeof HEADING_TAGS)[number]);
      const Tag = HEADING_TAGS[Math.min(context.headingShift + Math.max(written, 0), 5)] ?? 'h6';
      return <Tag key={key}>{children()}</Tag>;
    }
    case 'quote':
      return <blockquote key={key}>{children()}</blockquote>;
    case 'list':
      return node.listType === 'number' ? <ol key={key}>{children()}</ol> : <ul key={key}>{children()}</ul>;
    case 'listitem':
      return <li key={key}>{children()}</li>;
    case 'link':
    case 'autolink': {
      const href = webLink(node.url);
      return href ? (
        <a key={key} href={href} target="_blank" rel="noreferrer">
          {children()}
        </a>
      ) : (
        <Fragment key={key}>{children()}</Fragment>
      );
    }
    default:
      // Nodes this view does not know yet (the editor's custom nodes) still show their text.
      if (node.children) return <div key={key} className={`rich-node rich-${node.type}`}>{children()}</div>;
      return node.text ? <Fragment key={key}>{node.text}</Fragment> : null;
  }
}

/**
 * Read-only rendering of rich text (Lexical's serialized state), without an editor.
 * `topHeading` is the level a heading written as h1 gets: 3 under an item's h2.
 */
export function RichTextView({ value, topHeading = 3 }: { value: RichText; topHeading?: number }) {
  return <div className="rich-text">{renderChildren(value.root as RichTextNode, { headingShift: topHeading - 1 })}</div>;
}

export function isEmptyRichText(value: RichText): boolean {
  return value.root.children.length === 0;
}
