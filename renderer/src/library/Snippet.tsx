import type { Snippet as SnippetSegments } from '../../../shared/contract';

/** A search snippet, with the words that matched in <mark>. */
export function Snippet({ segments }: { segments: SnippetSegments }) {
  return (
    <span className="snippet">
      {segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </span>
  );
}
