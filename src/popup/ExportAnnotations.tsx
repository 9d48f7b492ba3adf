// "Export annotations": the page's quotes, names and differences as W3C Web Annotations
// (JSON-LD), saved as a .jsonld file. Made here from the whole analysis, which the background
// sends on request (the tab keeps only what the popup draws): nothing leaves the device.
import { useState } from 'preact/hooks';
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import { command } from './commands.ts';
import { toWebAnnotations } from '../core/export/web-annotation.ts';
import { browser } from '../shared/browser.ts';
import { plural } from '../shared/diff-sides.ts';
import { downloadText, exportFileName } from './download.ts';

export const JSONLD_TYPE = 'application/ld+json';

export function ExportAnnotations({ tabId, shown, pageUrl }: { tabId: number; shown: TabAnalysis; pageUrl: string | null }) {
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  async function save() {
    const reply = await command({ type: 'exportAnalysis', tabId });
    if (!reply.ok) {
      setSaved(null);
      setFailed(`Could not export: ${reply.error}`);
      return;
    }
    const analysis = reply.analysis;
    try {
      const url = analysis.article.url ?? shown.article.url ?? pageUrl;
      const doc = toWebAnnotations(analysis, {
        ...(url && /^https?:/i.test(url) ? { source: url.replace(/#.*$/, '') } : {}),
        created: new Date().toISOString(),
        generator: { name: 'Parallax', version: browser.runtime.getManifest().version },
      });
      const name = exportFileName(url, analysis.article.title, 'jsonld');
      downloadText(document, name, JSONLD_TYPE, `${JSON.stringify(doc, null, 2)}\n`);
      setFailed(null);
      setSaved(`Saved ${plural(doc.total, 'annotation')} as ${name}.`);
    } catch (error) {
      setSaved(null);
      setFailed(`Could not export: ${(error as Error).message}`);
    }
  }
  return (
    <section class="section export" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <button type="button" class="link" data-testid="export-annotations" aria-describedby="export-note" onClick={() => void save()}>
        Export annotations
      </button>
      <p id="export-note" class="hint">W3C Web Annotations (JSON-LD): every quote, name and difference on this page.</p>
      {saved && <p class="hint" role="status" data-testid="export-status">{saved}</p>}
      {failed && <p class="error" role="alert">{failed}</p>}
    </section>
  );
}
