import { CardDeletePlugin } from './components/CardDeletePlugin';
import { PullQuoteAttributionPlugin } from './components/PullQuoteAttribution';

/**
 * What the briefing nodes need running inside the editor (mount it inside the
 * LexicalComposer). Numbering needs nothing here: the nodes' own components
 * follow the document's order.
 */
export function BriefingNodePlugins() {
  return (
    <>
      <PullQuoteAttributionPlugin />
      <CardDeletePlugin />
    </>
  );
}
