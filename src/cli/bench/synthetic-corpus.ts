// A deterministic synthetic corpus for benchmarks: stories with 1–6 versions each, written from
// an invented vocabulary with a Zipf-like word distribution, invented people, places and
// organisations, figures and attributed quotes, so that the matcher and the analysis do the
// work they do on news. Same seed, same corpus.

import type { Corpus, CorpusArticle, CorpusStory } from '../../core/corpus/types.ts';
import type { EntityRecord } from '../../core/types.ts';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'del', 'su', 'ra', 'ben', 'tol', 'mar', 'ni', 'sel', 'dor', 'ul', 'fen', 'gra', 'hal', 'ios', 'ped', 'qua', 'ron', 'sta', 'vel', 'wen', 'yor', 'zan', 'bri', 'cor', 'dun'];
const FUNCTION = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'was', 'is', 'has', 'had', 'would', 'will', 'its', 'their', 'after', 'before', 'over'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const UNITS = ['people', 'nations', 'soldiers', 'families', 'flights', 'schools', 'tonnes', 'villages'];

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

export interface SyntheticOptions {
  articles: number;
  seed?: number;
  /** Words per version, roughly. */
  words?: number;
}

interface Vocabulary {
  words: string[];
  persons: string[];
  places: string[];
  orgs: string[];
}

function vocabulary(rand: () => number): Vocabulary {
  const unique = (n: number, make: () => string) => {
    const set = new Set<string>();
    while (set.size < n) set.add(make());
    return [...set];
  };
  return {
    words: unique(20_000, () => word(rand, 2 + Math.floor(rand() * 2))),
    persons: unique(6_000, () => `${capital(word(rand, 2))} ${capital(word(rand, 2 + Math.floor(rand() * 2)))}`),
    places: unique(2_000, () => capital(word(rand, 2 + Math.floor(rand() * 2)))),
    orgs: unique(1_000, () => `${capital(word(rand, 2))} ${capital(word(rand, 3))} Council`),
  };
}

/** Zipf-like draw: low ranks far more often. */
function zipf(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1)) - 1));
}

interface StoryCore {
  persons: string[];
  place: string;
  org: string;
  figures: number[];
  keywords: string[];
  quotes: string[];
  weekday: string;
}

function storyCore(rand: () => number, v: Vocabulary): StoryCore {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, () => (rand() < 0.35 ? pick(FUNCTION) : v.words[zipf(rand, v.words.length)]!)).join(' ');
  return {
    persons: [pick(v.persons), pick(v.persons), pick(v.persons)],
    place: pick(v.places),
    org: pick(v.orgs),
    figures: [Math.floor(rand() * 900 + 100) * 100, Math.floor(rand() * 40 + 5), Math.floor(rand() * 9000 + 1000)],
    keywords: Array.from({ length: 12 }, () => v.words[2_000 + Math.floor(rand() * 18_000)]!),
    quotes: Array.from({ length: 4 }, () => `${capital(phrase(8 + Math.floor(rand() * 10)))}.`),
    weekday: pick(WEEKDAYS),
  };
}

function versionText(rand: () => number, v: Vocabulary, core: StoryCore, words: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const filler = (n: number) => Array.from({ length: n }, () => (rand() < 0.4 ? pick(FUNCTION) : rand() < 0.3 ? pick(core.keywords) : v.words[zipf(rand, v.words.length)]!)).join(' ');
  const [lead, second, third] = core.persons as [string, string, string];
  const paragraphs: string[] = [
    `${lead} of the ${core.org} said on ${core.weekday} that ${filler(14)} in ${core.place}, where ${core.figures[0]!.toLocaleString('en-US')} ${pick(UNITS)} ${filler(8)}.`,
  ];
  let count = 40;
  let q = 0;
  while (count < words) {
    const r = rand();
    let p: string;
    if (r < 0.25 && q < core.quotes.length * 2) {
      const quote = core.quotes[q % core.quotes.length]!;
      const speaker = q % 3 === 2 ? second : lead;
      p = rand() < 0.5 ? `"${quote}" ${speaker.split(' ')[1]} told reporters in ${core.place}.` : `${speaker} said: "${quote}"`;
      q++;
    } else if (r < 0.4) {
      p = `A senior official of the ${core.org} said ${filler(12)} "${capital(filler(10))}," the official added.`;
    } else if (r < 0.55) {
      p = `${capital(filler(10))} ${core.figures[1 + Math.floor(rand() * 2)]} ${pick(UNITS)} ${filler(9)}, according to ${third}.`;
    } else {
      p = `${capital(filler(12 + Math.floor(rand() * 14)))}.`;
    }
    paragraphs.push(p);
    count += p.split(' ').length;
  }
  return paragraphs.join('\n\n');
}

export interface SyntheticCorpus {
  corpus: Corpus;
  /** A fresh version of a story the corpus holds, for lookups (not in the corpus). */
  queries: { text: string; storyId: string }[];
}

export function syntheticCorpus(options: SyntheticOptions, entities: EntityRecord[] = []): SyntheticCorpus {
  const rand = prng(options.seed ?? 42);
  const v = vocabulary(rand);
  const articles: CorpusArticle[] = [];
  const stories: CorpusStory[] = [];
  const queries: SyntheticCorpus['queries'] = [];
  const cores: { core: StoryCore; storyId: string }[] = [];
  let s = 0;
  while (articles.length < options.articles) {
    const core = storyCore(rand, v);
    const storyId = `story-syn-${s}`;
    const versions = Math.min(options.articles - articles.length, 1 + Math.floor(rand() * 6));
    const ids: string[] = [];
    for (let k = 0; k < versions; k++) {
      const id = `syn-${s}-${k}`;
      const day = 1 + Math.floor(rand() * 28);
      articles.push({
        id,
        documentId: id,
        outlet: `Outlet ${Math.floor(rand() * 400)}`,
        byline: null,
        agency: null,
        publishedAt: `2021-09-${String(day).padStart(2, '0')}`,
        publishedAsPrinted: null,
        language: 'en',
        machineTranslated: false,
        url: null,
        title: `${core.persons[0]} in ${core.place}: ${core.keywords[0]} ${core.keywords[1]}`,
        text: versionText(rand, v, core, options.words ?? 450),
      });
      ids.push(id);
    }
    stories.push({ id: storyId, title: articles[articles.length - versions]!.title, articleIds: ids });
    cores.push({ core, storyId });
    s++;
  }
  for (let i = 0; i < 200 && cores.length > 0; i++) {
    const { core, storyId } = cores[Math.floor(rand() * cores.length)]!;
    queries.push({ text: versionText(rand, v, core, options.words ?? 450), storyId });
  }
  return { corpus: { entities, articles, stories }, queries };
}

/** A story of `versions` versions and a long article of it, for the full-analysis benchmark. */
export function syntheticStory(words: number, versions: number, versionWords: number, seed = 7): { article: string; corpus: Corpus } {
  const rand = prng(seed);
  const v = vocabulary(rand);
  const core = storyCore(rand, v);
  const articles: CorpusArticle[] = Array.from({ length: versions }, (_, k) => ({
    id: `long-${k}`,
    documentId: `long-${k}`,
    outlet: `Outlet ${k}`,
    byline: null,
    agency: null,
    publishedAt: '2021-09-08',
    publishedAsPrinted: null,
    language: 'en',
    machineTranslated: false,
    url: null,
    title: `${core.persons[0]} in ${core.place}`,
    text: versionText(rand, v, core, versionWords),
  }));
  return {
    article: versionText(rand, v, core, words),
    corpus: { entities: [], articles, stories: [{ id: 'story-long', title: 'long', articleIds: articles.map((a) => a.id) }] },
  };
}
