// "Annotate on example.com": switching a site on that the manifest does not list asks for its host
// permission first, inside this click (browsers only show the prompt for a user gesture).
import { useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import { originPattern } from '../shared/match-pattern.ts';
import type { TabView } from '../shared/storage.ts';
import { command } from './commands.ts';
import { Switch } from './Switch.tsx';

export function SiteSwitch({ view }: { view: TabView }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!view.site) return null;
  const site = view.site;

  async function toggle(enabled: boolean) {
    setError(null);
    if (enabled && !view.defaultSite) {
      const pattern = view.url ? originPattern(view.url) : null;
      const granted = pattern ? await browser.permissions.request({ origins: [pattern] }).catch(() => false) : false;
      if (!granted) {
        setError(`Parallax needs your permission to read pages on ${site}.`);
        return;
      }
    }
    setBusy(true);
    const reply = await command({ type: 'setSiteEnabled', tabId: view.tabId, site, enabled });
    setBusy(false);
    if (!reply.ok) setError(reply.error);
  }

  return (
    <div class="site-switch">
      <Switch checked={view.siteEnabled} label={`Annotate on ${site}`} testId="site-toggle" disabled={busy} onChange={(on) => void toggle(on)} />
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
