import { $getDocument } from 'lexical';
import { createElement, type ReactElement } from 'react';

/** What a decorator node shows until its own component is written. */
export function placeholder(label: string): ReactElement {
  return createElement('span', { className: 'node-placeholder' }, label);
}

/** The DOM a decorator's React element is rendered into. */
export function decoratorDOM(tag: 'div' | 'span', className: string): HTMLElement {
  const element = $getDocument().createElement(tag);
  element.className = className;
  return element;
}
