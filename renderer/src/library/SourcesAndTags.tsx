import { useId } from 'react';
import { ItemLink } from './ItemLink';

/** What every item carries: the sources it draws on and its tags. */
export function SourcesAndTags({
  sourceIds,
  tags,
  onOpen,
}: {
  sourceIds: readonly string[];
  tags: readonly string[];
  onOpen: (id: string) => void;
}) {
  const sourcesId = useId();
  return (
    <>
      {sourceIds.length > 0 && (
        <section className="sources" aria-labelledby={sourcesId}>
          <h3 id={sourcesId}>Sources</h3>
          <ul>
            {sourceIds.map((id) => (
              <li key={id}>
                <ItemLink id={id} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
    </>
  );
}
