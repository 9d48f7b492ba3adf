// The bundled corpus plus the articles a reader added: each checked, grouped into the bundled
// stories or new ones by the engine's own grouping, and the matching index rebuilt. Bundled
// articles keep their stories and story ids whatever the reader adds; a story a reader's
// article founds is named after it (`story-user-…`).

import { groupIntoStories, storyIdFor } from '../match/group-stories.ts';
import { buildCorpusIndex } from '../match/corpus-index.ts';
import { INDEX_FORMAT, serializeStoryIndex, type SerializedStoryIndex } from '../match/serialize-index.ts';
import { buildStrictEntityCatalog } from '../entities/strict-catalog.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import type { CompiledCorpus } from './compiled.ts';
import { textKey } from './ingest.ts';
import type { CorpusArticle, CorpusStory } from './types.ts';
import { checkUserArticle, isUserArticleId, toCorpusArticle, type UserArticle, type UserArticleRefusal } from './user-article.ts';

export * from './user-article.ts';

export interface UserArticlePlacement {
  id: string;
  storyId: string;
  storyTitle: string;
  /** False when the article founded its story (no other article tells it yet). */
  joined: boolean;
  /** The story's other articles, in corpus order. */
  with: string[];
}

export interface UserCorpus {
  /** The bundled corpus with the accepted articles and the rebuilt index. */
  compiled: CompiledCorpus;
  /** One per accepted article, in the order given. */
  placed: UserArticlePlacement[];
  refused: UserArticleRefusal[];
}

/** A corpus article seen for duplicate checks: its exact key, its words and three probes of them. */
interface Known {
  article: CorpusArticle;
  key: string;
  normalized: string;
  probes: string[];
}

/** Head, middle and tail of a text's normalised words (the engine's test for "the same article"). */
function probesOf(normalized: string): string[] {
  if (normalized.length < 40) return [normalized];
  const probe = Math.min(160, Math.floor(normalized.length / 3));
  const middle = Math.floor(normalized.length / 2 - probe / 2);
  return [normalized.slice(0, probe), normalized.slice(middle, middle + probe), normalized.slice(normalized.length - probe)];
}

function knownArticle(article: CorpusArticle): Known {
  const normalized = normalizeForMatch(article.text);
  return { article, key: textKey(article.text), normalized, probes: probesOf(normalized) };
}

/** An article already there with the same text, or whose text one of the two wholly carries. */
function duplicateOf(candidate: Known, known: Known[]): CorpusArticle | null {
  const exact = known.find((k) => k.key === candidate.key);
  if (exact) return exact.article;
  // A page that carries a corpus article plus some furniture, or a cut of one, adds nothing.
  const within = (haystack: string, probes: string[]) => probes.every((p) => haystack.includes(p));
  return known.find((k) => within(candidate.normalized, k.probes) || within(k.normalized, candidate.probes))?.article ?? null;
}

/**
 * Adds the reader's articles (in the order they were added) to a compiled corpus. Articles that
 * fail a check, or repeat an article already there, are left out and reported; the others are
 * placed, and nothing in `compiled` is changed.
 */
export function addUserArticles(compiled: CompiledCorpus, users: readonly UserArticle[]): UserCorpus {
  const bundled = compiled.corpus.articles;
  const known: Known[] = users.length ? bundled.map(knownArticle) : [];
  const refused: UserArticleRefusal[] = [];
  const accepted: CorpusArticle[] = [];
  for (const user of users) {
    const problem = checkUserArticle(user);
    if (problem) {
      refused.push(problem);
      continue;
    }
    const article = toCorpusArticle(user);
    const candidate = knownArticle(article);
    const existing = duplicateOf(candidate, known);
    if (existing) {
      const where = isUserArticleId(existing.id) ? 'your corpus' : "Parallax's corpus";
      refused.push({
        id: user.id, title: user.title, reason: 'duplicate', existingId: existing.id,
        message: `this article is already in ${where}, as “${existing.title}” (${existing.outlet})`,
      });
      continue;
    }
    known.push(candidate);
    accepted.push(article);
  }
  if (accepted.length === 0) return { compiled, placed: [], refused };

  const catalog = buildStrictEntityCatalog(compiled.corpus.entities);
  const articles = [...bundled, ...accepted];
  // Grouping runs in corpus order and each article only looks at the ones before it, so the
  // bundled articles group exactly as when the corpus was compiled.
  const groups = groupIntoStories(articles, catalog);
  const stories = placeInStories(compiled.corpus.stories, groups, accepted);
  const corpus = { entities: compiled.corpus.entities, articles, stories };
  const index = serializeStoryIndex(buildCorpusIndex(corpus, catalog));
  return { compiled: { version: compiled.version, corpus, index }, placed: placements(stories, accepted), refused };
}

function placements(stories: CorpusStory[], accepted: CorpusArticle[]): UserArticlePlacement[] {
  const storyOf = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s] as const)));
  return accepted.map((a) => {
    const story = storyOf.get(a.id)!;
    const others = story.articleIds.filter((id) => id !== a.id);
    return { id: a.id, storyId: story.id, storyTitle: story.title, joined: story.articleIds[0] !== a.id, with: others };
  });
}

/** What to keep of a UserCorpus so that it can be put together again without regrouping. */
export interface SavedUserCorpus {
  /** The stories that hold a reader's article (bundled ones extended, and new ones). */
  stories: CorpusStory[];
  refused: UserArticleRefusal[];
  /** The whole index, when it is small enough to keep; else rebuilt on load. */
  index: SerializedStoryIndex | null;
}

export function saveUserCorpus(result: UserCorpus, maxIndexChars = 500_000): SavedUserCorpus {
  const users = new Set(result.placed.map((p) => p.id));
  const index = result.compiled.index;
  const indexChars = index ? JSON.stringify(index).length : Infinity;
  return {
    stories: result.compiled.corpus.stories.filter((s) => s.articleIds.some((id) => users.has(id))),
    refused: result.refused,
    index: indexChars <= maxIndexChars ? index : null,
  };
}

/**
 * The same UserCorpus as `addUserArticles(compiled, users)` gave when it was saved, put together
 * again cheaply; null when the saved parts do not fit this corpus and these articles (then build
 * it again).
 */
export function restoreUserCorpus(compiled: CompiledCorpus, users: readonly UserArticle[], saved: SavedUserCorpus): UserCorpus | null {
  const refusedIds = new Set(saved.refused.map((r) => r.id));
  const userIds = new Set(users.map((u) => u.id));
  // Refusals name articles by id: with one id twice, which one was refused is not known.
  if (userIds.size !== users.length || saved.refused.some((r) => !userIds.has(r.id))) return null;
  const accepted = users.filter((u) => !refusedIds.has(u.id)).map(toCorpusArticle);
  if (accepted.length === 0) return saved.stories.length ? null : { compiled, placed: [], refused: saved.refused };
  const articles = [...compiled.corpus.articles, ...accepted];
  const ids = articles.map((a) => a.id);
  if (saved.index && saved.index.articleIds.join('\n') !== ids.join('\n')) return null;
  // An index of another format holds features computed another way (e.g. another stemmer): rebuild.
  if (saved.index && saved.index.format !== INDEX_FORMAT) return null;

  const savedById = new Map(saved.stories.map((s) => [s.id, s]));
  const bundledIds = new Set(compiled.corpus.stories.map((s) => s.id));
  const stories = compiled.corpus.stories.map((s) => savedById.get(s.id) ?? s);
  stories.push(...saved.stories.filter((s) => !bundledIds.has(s.id)));
  // Bundled stories only ever grow; every article is in exactly one story.
  const grewOnly = compiled.corpus.stories.every((s, i) => s.articleIds.every((id, k) => stories[i]!.articleIds[k] === id));
  const members = new Set(stories.flatMap((s) => s.articleIds));
  const total = stories.reduce((n, s) => n + s.articleIds.length, 0);
  if (!grewOnly || total !== ids.length || members.size !== ids.length || !ids.every((id) => members.has(id))) return null;
  const corpus = { entities: compiled.corpus.entities, articles, stories };
  return { compiled: { version: compiled.version, corpus, index: saved.index }, placed: placements(stories, accepted), refused: saved.refused };
}

/**
 * The bundled stories with the reader's articles added to them, then the stories only readers'
 * articles tell. A group holding a bundled article extends that article's bundled story (never
 * renamed); a group of readers' articles only is named after its first one.
 */
function placeInStories(bundledStories: CorpusStory[], groups: CorpusStory[], accepted: CorpusArticle[]): CorpusStory[] {
  const stories = bundledStories.map((s) => ({ ...s, articleIds: [...s.articleIds] }));
  const storyOfBundled = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s] as const)));
  const userById = new Map(accepted.map((a) => [a.id, a]));
  const founded: CorpusStory[] = [];
  for (const group of groups) {
    const users = group.articleIds.filter((id) => userById.has(id));
    if (users.length === 0) continue;
    const bundledMember = group.articleIds.find((id) => storyOfBundled.has(id));
    if (bundledMember) {
      storyOfBundled.get(bundledMember)!.articleIds.push(...users);
      continue;
    }
    const members = users.map((id) => userById.get(id)!);
    const titled = members.find((a) => !a.titleDescribed) ?? members[0]!;
    founded.push({ id: storyIdFor(users[0]!), title: titled.title, articleIds: users });
  }
  return [...stories, ...founded];
}
