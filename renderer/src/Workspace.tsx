import { CaptureScreen } from './capture/CaptureScreen';
import { DocumentScreen } from './document/DocumentScreen';
import { HomeScreen } from './home/HomeScreen';
import { ItemDetail } from './library/ItemDetail';
import { ItemForm } from './library/ItemForm';
import { useNavigation } from './navigation';

/** The middle of the window: whatever the route says is open. Each screen brings its own side panel. */
export function Workspace() {
  return (
    <main className="workspace" id="workspace">
      <Screen />
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
