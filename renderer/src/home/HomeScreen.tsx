import { useNavigation } from '../navigation';
import { useApiQuery } from '../useApiQuery';
import { formatDateTime } from '../library/dates';
import { useRunCommand } from '../commands/commands';

/** What the app opens on: the documents, newest first, and the ways to start. */
export function HomeScreen() {
  const { go } = useNavigation();
  const run = useRunCommand();
  const documents = useApiQuery('items.list', { kind: 'document', limit: 50 });
  return (
    <section className="screen home" aria-labelledby="home-heading">
      <h2 id="home-heading">Documents</h2>
      <div className="home-actions">
        <button type="button" onClick={() => run('document.new')}>
          New document…
        </button>
        <button type="button" onClick={() => go({ view: 'capture', workshopId: null })}>
          Capture a workshop
        </button>
      </div>
      <ul className="home-documents" aria-label="Documents">
        {(documents.value?.items ?? []).map((document) => (
          <li key={document.id}>
            <a href={`#/document/${document.id}`}>{document.title}</a>
            <span className="quiet"> · updated {formatDateTime(document.updatedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
