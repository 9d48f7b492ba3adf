// The popup's pack import and export, their pure parts as the background runs them: a pack's
// articles read and placed against a corpus (the page's own reading for each, then one story
// lookup), and a reader's articles made into a pack and read back. Timed in Node.
import type { PreparedCorpus } from '../../core/prepare-corpus.ts';
import { packOfReaderCorpus } from '../../core/corpus/pack-export.ts';
import { planPackImport, readPackForImport } from '../../core/corpus/pack-import.ts';
import { readPack, serializePack, type CorpusPack } from '../../core/corpus/pack.ts';
import type { EntityRecord } from '../../core/types.ts';

export function benchPackTransfer(pack: CorpusPack, prepared: PreparedCorpus, entities: EntityRecord[], runs = 2): { importMs: number[]; exportMs: number[] } {
  const importMs: number[] = [];
  const exportMs: number[] = [];
  const storyOf = new Map(pack.corpus.corpus.stories.flatMap((s) => s.articleIds.map((id) => [id, s] as const)));
  const items = pack.corpus.corpus.articles.map((article) => ({ article, storyId: storyOf.get(article.id)!.id, storyTitle: storyOf.get(article.id)!.title }));
  for (let r = 0; r < runs; r++) {
    let start = performance.now();
    const read = readPackForImport(pack, prepared, new Date().toISOString());
    if (!read.ok) throw new Error(`the benchmark's pack is refused for import: ${read.message}`);
    const plan = planPackImport(read.reading, prepared, () => 'imported');
    if (plan.records.length + plan.skipped.length !== pack.corpus.corpus.articles.length) throw new Error('the import plan lost articles');
    importMs.push(performance.now() - start);
    start = performance.now();
    const { pack: out } = packOfReaderCorpus(items, entities);
    const back = out ? readPack(serializePack(out)) : null;
    if (!back?.ok) throw new Error('the exported pack does not read back');
    exportMs.push(performance.now() - start);
  }
  return { importMs, exportMs };
}
