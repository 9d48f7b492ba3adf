// Learns the English attribution lexicon from PolNeAR's train split (no sentence is kept, only
// counts of words): how often a word sits inside a Cue span, how often a lower-case word sits
// inside a Source span, which words are mostly printed in lower case, which capitalised words
// open full names (and the gender the text gives their bearers), which capitalised words are
// modifiers ("German") and which nouns name people's roles.

import { findQuotes } from '../../core/quotes/find-quotes.ts';
import { lexItems, type Item } from '../../core/quotes/lex.ts';
import type { LearnedLexicon } from '../../core/attribution/lexicon.ts';
import { ENGLISH_PACK, type Gender } from '../../core/attribution/language-pack.ts';
import type { Span } from '../../core/types.ts';
import type { GoldArticle } from './polnear.ts';
import { MONTHS } from '../../core/text/date-words.ts';

const inside = (it: Item, spans: Span[]) => spans.some((s) => it.start < s.end && it.end > s.start);
const round = (x: number) => Math.round(x * 10000) / 10000;

function inc(map: Map<string, number>, key: string, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

const sortedRecord = <T>(entries: [string, T][]): Record<string, T> =>
  Object.fromEntries(entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));

export function learnLexicon(articles: GoldArticle[]): LearnedLexicon {
  const total = new Map<string, number>();
  const inCue = new Map<string, number>();
  const lowerTotal = new Map<string, number>();
  const inSource = new Map<string, number>();
  const lowerCount = new Map<string, number>();
  const capCount = new Map<string, number>();
  const givenVotes = new Map<string, { m: number; f: number; n: number; articles: Set<string> }>();
  const capTotal = new Map<string, number>();
  const capBeforeLower = new Map<string, number>();
  const beforeName = new Map<string, number>();
  const afterDeterminer = new Map<string, number>();
  const afterPronoun = new Map<string, number>();
  const honorific = ENGLISH_PACK.honorifics;

  for (const article of articles) {
    const top = findQuotes(article.text, 'en').filter((q) => !q.nested);
    const items = lexItems(article.text, top, 'en');
    const cues = article.relations.flatMap((r) => r.cue ?? []);
    const sources = article.relations.flatMap((r) => r.source ?? []);
    let sentenceStart = true;
    const initial = new Set<number>();
    const sentenceStartWas = (i: number) => initial.has(i);
    const runs: number[][] = [];
    let run: number[] = [];
    items.forEach((it, i) => {
      if (it.kind !== 'word') {
        if (run.length) runs.push(run);
        run = [];
        if (it.kind === 'para' || (it.kind === 'punct' && /[.!?]/.test(it.text))) sentenceStart = true;
        return;
      }
      const w = it.base;
      inc(total, w);
      if (inside(it, cues)) inc(inCue, w);
      if (!it.cap) {
        inc(lowerTotal, w);
        if (inside(it, sources)) inc(inSource, w);
      }
      if (sentenceStart) initial.add(i);
      if (!sentenceStart) inc(it.cap ? capCount : lowerCount, w);
      sentenceStart = false;
      const next = items[i + 1];
      if (it.cap && !sentenceStartWas(i)) {
        inc(capTotal, w);
        if (next?.kind === 'word' && !next.cap && !ENGLISH_PACK.functionWords.has(next.base) && /^[ ]+$/.test(article.text.slice(it.end, next.start))) inc(capBeforeLower, `${w}\t${next.base}`);
      }
      if (!it.cap && next?.kind === 'word' && next.cap && /^[ ]+$/.test(article.text.slice(it.end, next.start)) && !ENGLISH_PACK.functionWords.has(w)) inc(beforeName, w);
      const prev = items[i - 1];
      if (!it.cap && prev?.kind === 'word' && ENGLISH_PACK.determiners.has(prev.base)) inc(afterDeterminer, w);
      if (!it.cap && prev?.kind === 'word' && ENGLISH_PACK.pronouns.get(prev.base)?.subject) inc(afterPronoun, w);
      if (it.cap && prev?.kind === 'word' && prev.cap && /^[ ]+$/.test(article.text.slice(prev.end, it.start)) && !prev.possessive) run.push(i);
      else {
        if (run.length) runs.push(run);
        run = it.cap ? [i] : [];
      }
    });
    if (run.length) runs.push(run);

    // Full names and the surnames printed alone or after an honorific later in the article.
    const surnameGender = new Map<string, Gender>();
    const alone = new Set<string>();
    for (const r of runs) {
      const words = r.map((i) => items[i]!.base.replace(/\.$/, ''));
      if (words.length === 2 && honorific.has(words[0]!)) {
        const g = honorific.get(words[0]!);
        if (g) surnameGender.set(words[1]!, g);
      }
      if (words.length === 1) alone.add(words[0]!);
    }
    for (const r of runs) {
      if (r.length < 2 || r.length > 3) continue;
      const first = items[r[0]!]!;
      const last = items[r[r.length - 1]!]!.base;
      if (first.allCaps || first.base.length < 2 || honorific.has(first.base.replace(/\.$/, '')) || ENGLISH_PACK.functionWords.has(first.base)) continue;
      if (!alone.has(last) && !surnameGender.has(last)) continue;
      const votes = givenVotes.get(first.base) ?? { m: 0, f: 0, n: 0, articles: new Set<string>() };
      votes.n++;
      votes.articles.add(article.name);
      const g = surnameGender.get(last);
      if (g) votes[g]++;
      givenVotes.set(first.base, votes);
    }
  }

  const cues = [...inCue].flatMap(([w, n]): [string, number][] => {
    const p = (n + 0.1) / (total.get(w)! + 1);
    return n >= 3 && p >= 0.05 ? [[w, round(p)]] : [];
  });
  const heads = [...inSource].flatMap(([w, n]): [string, number][] => {
    const p = (n + 0.1) / (lowerTotal.get(w)! + 1);
    return n >= 3 && p >= 0.05 ? [[w, round(p)]] : [];
  });
  const common = [...lowerCount].filter(([w, n]) => n >= 5 && n >= 2 * (capCount.get(w) ?? 0) && /^\p{L}/u.test(w)).map(([w]) => w).sort();
  const commonSet = new Set(common);
  const givenNames = [...givenVotes].flatMap(([w, v]): [string, Gender | 'x'][] => {
    // Seen in lower case ("mayor", "will"): a word, not a given name.
    if (commonSet.has(w) || (lowerCount.get(w) ?? 0) >= 2 || (v.articles.size < 2 && v.m + v.f === 0)) return [];
    const gendered = v.m + v.f;
    const gender: Gender | 'x' = gendered >= 2 && v.m >= 4 * v.f ? 'm' : gendered >= 2 && v.f >= 4 * v.m ? 'f' : 'x';
    return [[w, gender]];
  });
  // Capitalised words printed mostly before a lower-case word ("German officials", "Republican
  // nominee"): modifiers, not names. Lower-case words printed often right before a name
  // ("spokesman Jane Doe", "senator Jane Doe"): nouns of people's roles.
  const givenSet = new Set(givenNames.map(([w]) => w));
  // A noun is a word often printed after a determiner; verbs seldom are.
  const noun = (w: string) => (afterDeterminer.get(w) ?? 0) >= 0.15 * (lowerTotal.get(w) ?? Infinity);
  // A verb is a word often printed after a subject pronoun ("he said", "she won").
  const verb = (w: string) => (afterPronoun.get(w) ?? 0) >= 0.05 * (lowerTotal.get(w) ?? Infinity);
  const beforeNoun = new Map<string, number>();
  for (const [pair, n] of capBeforeLower) {
    const [w, next] = pair.split('\t') as [string, string];
    if (!verb(next)) inc(beforeNoun, w, n);
  }
  // Month names ("Jan 6 committee") qualify dates, not people: a month is no modifier of a name.
  const modifiers = [...capTotal].filter(([w, n]) => n >= 5 && (beforeNoun.get(w) ?? 0) >= 0.5 * n && !givenSet.has(w) && !MONTHS.has(w)).map(([w]) => w).sort();
  const personRoles = [...beforeName].flatMap(([w, n]): [string, number][] => {
    const p = n / (lowerTotal.get(w) ?? n);
    return n >= 3 && p >= 0.05 && noun(w) && !verb(w) && (inCue.get(w) ?? 0) < 0.2 * n ? [[w, round(p)]] : [];
  });
  return {
    version: 1,
    cues: sortedRecord(cues),
    heads: sortedRecord(heads),
    common,
    givenNames: sortedRecord(givenNames),
    modifiers,
    personRoles: sortedRecord(personRoles),
  };
}
