import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on its own nodes' DOM; editor.css styles them. */
export const editorTheme: EditorThemeClasses = {
  root: 'brief-root',
  paragraph: 'brief-paragraph',
  quote: 'brief-quote',
  heading: { h1: 'brief-h1', h2: 'brief-h2', h3: 'brief-h3', h4: 'brief-h4' },
  list: {
    ul: 'brief-ul',
    ol: 'brief-ol',
    listitem: 'brief-li',
    nested: { listitem: 'brief-li-nested' },
  },
  link: 'brief-link',
  table: 'brief-table',
  tableRow: 'brief-tr',
  tableCell: 'brief-td',
  tableCellHeader: 'brief-th',
  tableSelection: 'brief-table-selection',
  tableCellSelected: 'brief-td-selected',
  text: {
    bold: 'brief-bold',
    italic: 'brief-italic',
    underline: 'brief-underline',
    strikethrough: 'brief-strike',
    underlineStrikethrough: 'brief-underline-strike',
    subscript: 'brief-sub',
    superscript: 'brief-sup',
    code: 'brief-code',
  },
};
