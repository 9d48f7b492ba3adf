// A tiny throwaway MV3 extension the harness test loads to prove the browsers, the profile and
// the driver work, independently of Parallax: a content script on 127.0.0.1 that adds a
// `px-stub` host and a `px-stub` highlight over "Blinken", a background that answers with the
// time it started (so a restart shows), and a popup page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GECKO_ID } from './paths.ts';

export const STUB_POPUP = 'popup.html';

const CONTENT = `
(async () => {
  const api = globalThis.browser ?? chrome;
  const host = document.createElement('px-stub');
  host.attachShadow({ mode: 'open' }).textContent = 'stub';
  document.documentElement.append(host);
  const ranges = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = node.data.indexOf('Blinken'); i >= 0; i = node.data.indexOf('Blinken', i + 1)) {
      const range = new Range();
      range.setStart(node, i);
      range.setEnd(node, i + 7);
      ranges.push(range);
    }
  }
  CSS.highlights.set('px-stub', new Highlight(...ranges));
  const reply = await api.runtime.sendMessage({ type: 'hello' });
  host.setAttribute('data-worker-started', String(reply.startedAt));
  host.setAttribute('data-ranges', String(ranges.length));
})();
`;

const BACKGROUND = `
const startedAt = Date.now() + Math.random();
(globalThis.browser ?? chrome).runtime.onMessage.addListener((message, sender, reply) => {
  reply({ startedAt });
  return false;
});
`;

const POPUP_HTML = `<!doctype html><meta charset="utf-8"><title>stub popup</title><p id="tab"></p><script src="popup.js"></script>`;
const POPUP_JS = `document.getElementById('tab').textContent = new URLSearchParams(location.search).get('tab') ?? 'none';`;

export function writeStubExtension(dir: string, flavour: 'chrome' | 'firefox'): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Parallax harness stub',
    version: '0.0.1',
    action: { default_popup: STUB_POPUP },
    permissions: ['tabs'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    background: flavour === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
    ...(flavour === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), CONTENT);
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  writeFileSync(join(dir, 'popup.html'), POPUP_HTML);
  writeFileSync(join(dir, 'popup.js'), POPUP_JS);
  return dir;
}
