// "Remember articles I read on example.com": off unless the reader switches it on for the site.
import { useState } from 'preact/hooks';
import type { TabView } from '../shared/storage.ts';
import { command } from './commands.ts';
import { Switch } from './Switch.tsx';

export function RememberSwitch({ view }: { view: TabView }) {
  const [error, setError] = useState<string | null>(null);
  if (!view.site || !view.siteEnabled) return null;
  const site = view.site;
  async function toggle(on: boolean) {
    const reply = await command({ type: 'setRemember', site, on, tabId: view.tabId });
    setError(reply.ok ? null : reply.error);
  }
  return (
    <div class="remember-switch">
      <Switch checked={view.remember} label={`Remember articles I read on ${site}`} testId="remember-toggle" onChange={(on) => void toggle(on)} />
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
