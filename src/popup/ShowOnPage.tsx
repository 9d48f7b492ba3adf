// Scrolls the page to an annotation and flashes it.
import { useState } from 'preact/hooks';
import { command } from './commands.ts';

export function ShowOnPage({ tabId, annotationId, label }: { tabId: number; annotationId: string; label: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  async function show() {
    const reply = await command({ type: 'showOnPage', tabId, annotationId });
    setFailed(reply.ok && reply.shown ? null : reply.ok ? 'No longer on the page.' : reply.error);
  }
  return (
    <>
      <button type="button" class="link" data-testid="show-on-page" aria-label={`Show on page: ${label}`} onClick={() => void show()}>
        Show on page
      </button>
      {failed && <span class="note" role="status">{failed}</span>}
    </>
  );
}
