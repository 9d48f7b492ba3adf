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
  if (loaded.error) {
    return (
      <main class="popup">
        <section class="state" data-testid="state" data-state="failed" role="status">
          <h2>Parallax cannot read this tab</h2>
          <p>{loaded.error}</p>
        </section>
      </main>
    );
  }
  // Not a tab state yet (the background has not answered): no data-testid="state" here.
  return <main class="popup" aria-busy="true" />;
}
