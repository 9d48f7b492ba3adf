// Corpus packs from the popup: "Export my corpus as a pack" (the articles the reader added and
// the ones Parallax remembered, as one pack) and "Import a pack…" (its articles join the
// remembered ones, all or nothing, in one transaction; the corpus's index is then built once).
// The pack's text travels in parts (pack-transfer.ts). Nothing leaves the device.
import { serializePack, readPack, MAX_PACK_CHARS } from '../core/corpus/pack.ts';
import { packOfReaderCorpus, type ReaderArticle } from '../core/corpus/pack-export.ts';
import { packTextsNeeded, planPackImport, readPackForImport } from '../core/corpus/pack-import.ts';
import { rememberedCorpusArticle } from '../core/corpus/remembered.ts';
import { toCorpusArticle } from '../core/corpus/user-articles.ts';
import type { Reply } from '../shared/messages.ts';
import type { PackExported, PackImported } from '../shared/packs.ts';
import { MEMORY_PROBLEM_KEY } from '../shared/remembered.ts';
import { formatBytes } from '../shared/user-corpus.ts';
import { browser } from '../shared/browser.ts';
import { signalChange } from './change-signal.ts';
import { fetchTexts, forgetAnalysisCorpus, getAnalysisCorpus, getBundledCorpus, getCorpus } from './corpus.ts';
import { oneAtATime } from './memory-queue.ts';
import { offerPack, takeReceived } from './pack-transfer.ts';
import { siteForUrl } from './sites.ts';
import { MAX_REMEMBERED, MAX_REMEMBERED_BYTES, readRemembered, readRememberedTexts, storeRememberedBatch } from './store/remembered.ts';
import { reanalyzeOpenArticles } from './user-corpus.ts';

/** The "site" of an imported article without an address (what "forget this site" names it by). */
export const IMPORTED_SITE = 'imported';

const megabytes = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** `exportPack`: the reader's corpus as one pack, offered in parts. */
export async function exportPack(): Promise<Reply<PackExported>> {
  const items: ReaderArticle[] = [];
  const corpus = await getCorpus();
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  for (const placed of corpus.result.placed) {
    const article = byId.get(placed.id);
    if (article) items.push({ article: toCorpusArticle(article), storyId: placed.storyId, storyTitle: placed.storyTitle });
  }
  const memory = await oneAtATime(async () => {
    const { records } = await readRemembered();
    return { records, texts: await readRememberedTexts(records.map((r) => r.id)) };
  });
  let unreadable = 0;
  for (const record of memory.records) {
    const text = memory.texts.get(record.id);
    if (text === undefined) unreadable += 1;
    else items.push({ article: rememberedCorpusArticle(record, text), storyId: record.storyId, storyTitle: record.storyTitle });
  }
  const { pack, leftOut } = packOfReaderCorpus(items, (await getBundledCorpus()).corpus.entities);
  if (!pack) return { ok: false, error: 'your corpus is empty: add articles to it, or let Parallax remember what you read, then export it.' };
  const text = serializePack(pack);
  if (text.length > MAX_PACK_CHARS) {
    return { ok: false, error: `your corpus makes a pack of ${megabytes(text.length)}, more than the ${megabytes(MAX_PACK_CHARS)} a pack may have: forget some remembered articles and export again.` };
  }
  // What is offered must be importable: a pack that does not read back is a bug, said as one.
  const check = readPack(text);
  if (!check.ok) return { ok: false, error: `Parallax made a pack it cannot read back (${check.error.message}); nothing was saved.` };
  const { transfer, parts } = offerPack(text);
  const { articles, stories } = pack.corpus.corpus;
  return { ok: true, transfer, parts: parts.length, first: parts[0]!, articles: articles.length, stories: stories.length, chars: text.length, leftOut: leftOut + unreadable };
}

/** `importPack`: the pack received in parts, checked whole, its new articles kept, all or nothing. */
export async function importPack(transfer: string, now = new Date()): Promise<Reply<PackImported>> {
  const received = takeReceived(transfer);
  if (!received.ok) return received;
  const read = readPack(received.text);
  if (!read.ok) return { ok: false, error: read.error.message };
  const { pack } = read;
  const total = pack.corpus.corpus.articles.length;
  if (total > MAX_REMEMBERED) {
    return { ok: false, error: `the pack holds ${count(total, 'article')}, more than the ${MAX_REMEMBERED.toLocaleString('en')} Parallax keeps; nothing was imported` };
  }
  const result = await oneAtATime(async (): Promise<Reply<PackImported>> => {
    const corpus = await getAnalysisCorpus();
    const reading = readPackForImport(pack, corpus.prepared, now.toISOString());
    if (!reading.ok) return { ok: false, error: reading.message };
    await fetchTexts(corpus, packTextsNeeded(reading.reading, corpus.prepared));
    const plan = planPackImport(reading.reading, corpus.prepared, (url) => siteForUrl(url) ?? IMPORTED_SITE);
    let added = 0;
    if (plan.records.length) {
      let stored;
      try {
        stored = await storeRememberedBatch(plan.records);
      } catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return { ok: false, error: `your browser refused to store the pack's articles (${reason.slice(0, 200)}); nothing was imported` };
      }
      if (!stored.ok) {
        const { over } = stored;
        return {
          ok: false,
          error: `the pack's ${count(over.adding, 'new article')} (${formatBytes(over.addingBytes)}) do not fit: Parallax keeps at most ${MAX_REMEMBERED.toLocaleString('en')} remembered articles and ${formatBytes(MAX_REMEMBERED_BYTES)}, and holds ${over.count.toLocaleString('en')} (${formatBytes(over.bytes)}); forget some, or import a smaller pack. Nothing was imported`,
        };
      }
      added = stored.added;
    }
    const skipped = plan.skipped.length + (plan.records.length - added);
    return {
      ok: true, imported: added, skipped, joined: plan.joined, founded: plan.founded,
      skippedExamples: plan.skipped.slice(0, 5).map((s) => ({ title: s.title.slice(0, 200), reason: s.reason })),
    };
  });
  if (result.ok && result.imported > 0) {
    // The index is built once, for the whole pack, and the open articles are read again.
    forgetAnalysisCorpus();
    await getAnalysisCorpus().catch(() => undefined);
    await browser.storage.session.remove(MEMORY_PROBLEM_KEY).catch(() => undefined);
    await signalChange();
    await reanalyzeOpenArticles(null);
  }
  return result;
}
