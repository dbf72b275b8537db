import { lazy, Suspense } from 'react';
import { HomeScreen } from './home/HomeScreen';
import { ItemDetail } from './library/ItemDetail';
import { useNavigation } from './navigation';

// The editor (Lexical) and the forms load when first opened, so the library shows sooner.
const DocumentScreen = lazy(() => import('./document/DocumentScreen').then((module) => ({ default: module.DocumentScreen })));
const ItemForm = lazy(() => import('./library/ItemForm').then((module) => ({ default: module.ItemForm })));
const CaptureScreen = lazy(() => import('./capture/CaptureScreen').then((module) => ({ default: module.CaptureScreen })));

/** The middle of the window: whatever the route says is open. Each screen brings its own side panel. */
export function Workspace() {
  return (
    <main className="workspace" id="workspace">
      <Suspense fallback={<p className="screen quiet">Opening…</p>}>
        <Screen />
      </Suspense>
    </main>
  );
}

function Screen() {
  const { route, go } = useNavigation();
  const open = (id: string) => go({ view: 'item', id });
  switch (route.view) {
    case 'home':
      return <HomeScreen />;
    case 'item':
      return <ItemDetail id={route.id} onOpen={open} />;
    case 'edit-item':
      return <ItemForm key={route.id} id={route.id} />;
    case 'new-item':
      return <ItemForm key={route.kind} kind={route.kind} />;
    case 'document':
      return <DocumentScreen key={route.id} id={route.id} />;
    case 'capture':
      return <CaptureScreen key={route.workshopId ?? ''} workshopId={route.workshopId} />;
  }
}
