// Loads the tab's view and keeps it current.
import { PopupView } from './PopupView.tsx';
import { useTabView } from './use-tab-view.ts';

export function Popup({ tabId }: { tabId: number | null }) {
  if (tabId === null) {
    return <main class="popup"><section class="state" data-testid="state" data-state="not-article"><h2>No tab to annotate</h2></section></main>;
  }
  return <TabPopup tabId={tabId} />;
}

function TabPopup({ tabId }: { tabId: number }) {
  const [loaded] = useTabView(tabId);
  if (loaded.view) return <PopupView view={loaded.view} />;
  return (
    <main class="popup">
      <section class="state" data-testid="state" data-state={loaded.error ? 'failed' : 'loading'} role="status">
        <h2>{loaded.error ? 'Parallax cannot read this tab' : 'Loading…'}</h2>
        {loaded.error && <p>{loaded.error}</p>}
      </section>
    </main>
  );
}
