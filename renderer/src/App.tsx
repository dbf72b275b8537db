import type { Connection } from './api';
import { ApiProvider } from './ApiContext';
import { AlertRegion, ErrorReportsProvider } from './ErrorReports';
import { LibraryView } from './library/LibraryView';
import { MissingToken } from './MissingToken';

export function App({ connection }: { connection: Connection }) {
  return (
    <>
      <header className="app-header">
        <h1>Rapporteur</h1>
      </header>
      {connection.kind === 'missing-token' ? (
        <MissingToken />
      ) : (
        <ApiProvider api={connection.api}>
          <ErrorReportsProvider>
            <AlertRegion />
            <LibraryView />
          </ErrorReportsProvider>
        </ApiProvider>
      )}
    </>
  );
}
