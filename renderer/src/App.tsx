import type { Connection } from './api';
import { ApiProvider } from './ApiContext';
import { AppCommands } from './AppCommands';
import { ExchangeCommands } from './exchange/ExchangeCommands';
import { CommandsProvider } from './commands/commands';
import { DesktopMenuBridge } from './desktop';
import { DocumentCommands } from './document/DocumentCommands';
import { AlertRegion, ErrorReportsProvider } from './ErrorReports';
import { LibraryChangesProvider } from './library-changes';
import { LibrarySelectionProvider, useLibrarySelection } from './library-selection';
import { SearchPanel } from './library/SearchPanel';
import { MissingToken } from './MissingToken';
import { NavigationProvider, useNavigation } from './navigation';
import { Workspace } from './Workspace';

/**
 * The window: the library on the left, the open screen in the middle (which
 * brings its own side panel), dialogs above. While a document is open, choosing
 * a library item shows it beside the document instead of leaving it.
 */
function Layout() {
  const { route, go } = useNavigation();
  const { selectedId, select } = useLibrarySelection();
  const inDocument = route.view === 'document';
  const openId = inDocument ? selectedId : route.view === 'item' ? route.id : null;
  const onOpen = (id: string) => (inDocument ? select(id) : go({ view: 'item', id }));
  return (
    <div className="layout">
      <SearchPanel openId={openId} onOpen={onOpen} />
      <Workspace />
    </div>
  );
}

export function App({ connection }: { connection: Connection }) {
  return (
    <>
      <header className="app-header">
        <h1>
          <a href="#/">Rapporteur</a>
        </h1>
      </header>
      {connection.kind === 'missing-token' ? (
        <MissingToken />
      ) : (
        <ApiProvider api={connection.api}>
          <ErrorReportsProvider>
            <LibraryChangesProvider>
              <NavigationProvider>
                <LibrarySelectionProvider>
                  <CommandsProvider>
                    <AlertRegion />
                    <Layout />
                    <AppCommands />
                    <ExchangeCommands />
                    <DesktopMenuBridge />
                    <DocumentCommands />
                  </CommandsProvider>
                </LibrarySelectionProvider>
              </NavigationProvider>
            </LibraryChangesProvider>
          </ErrorReportsProvider>
        </ApiProvider>
      )}
    </>
  );
}
