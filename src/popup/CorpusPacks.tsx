// "Corpus packs": the reader's own corpus (added and remembered articles) saved as one pack
// file, and a pack file imported into it, all or nothing. The file is handed to the browser
// through a Blob URL (no `downloads` permission) and read from a file input: nothing leaves the
// device.
import { useState } from 'preact/hooks';
import { plural } from '../shared/diff-sides.ts';
import type { PackImported } from '../shared/packs.ts';
import { downloadText } from './download.ts';
import { exportedPack, importPackText, packFileName, PACK_TYPE, readPackFile } from './pack-transfer.ts';

type Status = { kind: 'busy' | 'done' | 'failed'; text: string } | null;

const sentence = (text: string) => `${text.replace(/[.\s]+$/, '')}.`;

function importedText(name: string, r: PackImported): string {
  if (r.imported === 0) return `Nothing new in ${name}: ${r.skipped === 1 ? 'its article is' : `its ${plural(r.skipped, 'article')} are`} already in your corpus.`;
  const where = [r.joined ? `joined ${plural(r.joined, 'story', 'stories')} of your corpus` : '', r.founded ? `started ${plural(r.founded, 'new story', 'new stories')}` : '']
    .filter(Boolean)
    .join(' and ');
  const skipped = r.skipped ? ` ${plural(r.skipped, 'article was', 'articles were')} already there and left as ${r.skipped === 1 ? 'it was' : 'they were'}.` : '';
  return `Imported ${plural(r.imported, 'article')} from ${name} into your remembered articles${where ? `: they ${where}` : ''}.${skipped}`;
}

export function CorpusPacks() {
  const [exported, setExported] = useState<Status>(null);
  const [imported, setImported] = useState<Status>(null);

  async function exportCorpus() {
    setImported(null);
    setExported({ kind: 'busy', text: 'Making the pack…' });
    const pack = await exportedPack();
    if (!pack.ok) return setExported({ kind: 'failed', text: `Could not export: ${sentence(pack.error)}` });
    const name = packFileName();
    downloadText(document, name, PACK_TYPE, pack.text);
    const { articles, stories, leftOut } = pack.info;
    const left = leftOut ? ` ${plural(leftOut, 'article')} could not be read and ${leftOut === 1 ? 'was' : 'were'} left out.` : '';
    setExported({ kind: 'done', text: `Saved ${plural(articles, 'article')} (${plural(stories, 'story', 'stories')}) as ${name}.${left}` });
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (!file) return;
    setExported(null); // one status at a time: this import's
    setImported({ kind: 'busy', text: `Importing ${file.name}…` });
    const read = await readPackFile(file);
    const reply = read.ok ? await importPackText(read.text) : read;
    setImported(reply.ok
      ? { kind: 'done', text: importedText(file.name, reply) }
      : { kind: 'failed', text: `Could not import ${file.name}: ${sentence(reply.error)} Your corpus is unchanged.` });
  }

  const importing = imported?.kind === 'busy';
  return (
    <section class="section packs">
      <details data-testid="corpus-packs">
        <summary>
          <h2>Corpus packs</h2>
        </summary>
        <p class="hint" id="packs-note">
          A pack is one file with the articles of your corpus (added and remembered), to take to another device or share. Importing one
          adds its articles to your remembered articles: all of them, or none if the file is damaged.
        </p>
        <div class="pack-actions">
          <button type="button" class="action" data-testid="export-pack" disabled={exported?.kind === 'busy'} onClick={() => void exportCorpus()}>
            Export my corpus as a pack
          </button>
          <input
            type="file"
            id="pack-file"
            class="file-input"
            accept=".json,application/json"
            data-testid="import-pack"
            aria-describedby="packs-note"
            disabled={importing}
            onChange={(e) => void importFile(e.currentTarget)}
          />
          <label for="pack-file" class="action secondary" aria-disabled={importing ? 'true' : undefined}>
            Import a pack…
          </label>
        </div>
        {exported && (
          <p class={exported.kind === 'failed' ? 'error' : 'hint'} role={exported.kind === 'failed' ? 'alert' : 'status'} data-testid="export-pack-status">
            {exported.text}
          </p>
        )}
        {imported && (
          <p
            class={imported.kind === 'failed' ? 'error' : 'hint'}
            role={imported.kind === 'failed' ? 'alert' : 'status'}
            data-testid={imported.kind === 'failed' ? 'import-pack-error' : 'import-pack-status'}
            data-state={imported.kind}
          >
            {imported.text}
          </p>
        )}
      </details>
    </section>
  );
}
