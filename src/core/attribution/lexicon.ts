// What attribution knows about words: learned from PolNeAR's train split for English
// (model/lexicon.en.json, rebuilt by `npm run train:attribution`), hand-listed for languages
// with no corpus (language-pack.ts). English entries apply in every language: wire copy and
// machine translations keep English cues.

import learned from './model/lexicon.en.json' with { type: 'json' };
import { ENGLISH_PACK, languagePack, type Gender, type LanguagePack, type PronounInfo } from './language-pack.ts';

/** The learned lexicon's file format. */
export interface LearnedLexicon {
  version: 1;
  /** Folded word -> share of its narrative occurrences that sit inside a Cue span. */
  cues: Record<string, number>;
  /** Folded lower-case word -> share of its narrative occurrences inside a Source span. */
  heads: Record<string, number>;
  /** Folded words seen mostly in lower case: capitalised, they are roles or things, not names. */
  common: string[];
  /** Given names -> the gender their bearers were referred to with. */
  givenNames: Record<string, Gender | 'x'>;
  /** Capitalised words printed mostly as modifiers ("German", "Republican"): never part of a name. */
  modifiers: string[];
  /** Lower-case nouns printed before people's names ("spokesman", "senator") -> how often. */
  personRoles: Record<string, number>;
}

export interface AttributionLexicon {
  language: string;
  pack: LanguagePack;
  /** English: plurals end in -s, capitals mark names (no hand list needed for either). */
  english: boolean;
  /** 0..1: how strongly a word signals attribution. */
  cue(base: string): number;
  /** Cue strength from which a word counts as a verb of saying. */
  strongCue: number;
  /** 0..1: how often a lower-case word names or describes a source. */
  head(base: string): number;
  common(base: string): boolean;
  modifier(base: string): boolean;
  /** 0..1: how often a noun names a person's role (hand-listed source nouns count for other languages). */
  personRole(base: string): number;
  pronoun(base: string): PronounInfo | undefined;
  givenName(base: string): Gender | 'x' | undefined;
  written(base: string): boolean;
}

const SHIPPED = learned as LearnedLexicon;
const cache = new Map<string, AttributionLexicon>();

/** Hand-listed cues count as much as a typical learned verb of saying. */
const HAND_CUE = 0.6;
const HAND_HEAD = 0.4;
/** "the 71-year-old", "der 71-Jährige": an age describes a person (folded forms). */
const AGE = /^\d+(?:yearold|jahrige[rnm]?|ans?|aring(?:en)?)$/;

/** A hand-listed source noun, or a compound ending in one ("Regierungssprecher"). */
function handHead(pack: LanguagePack, w: string): number {
  if (pack.sourceHeads.has(w)) return HAND_HEAD;
  if (w.length > 6 && pack.capitalisedNouns) for (const h of pack.sourceHeads) if (h.length >= 4 && w.endsWith(h)) return HAND_HEAD;
  return 0;
}

/** The lexicon of a language over a learned English lexicon (the shipped one, or one being trained). */
export function lexiconFrom(learnedLexicon: LearnedLexicon, language: string): AttributionLexicon {
  const key = language.toLowerCase().split(/[-_]/)[0]! || 'en';
  const pack = languagePack(key);
  const english = pack === ENGLISH_PACK;
  const common = new Set(learnedLexicon.common);
  const modifiers = new Set(learnedLexicon.modifiers);
  return {
    language: key,
    pack,
    english,
    cue: (w) => Math.max(learnedLexicon.cues[w] ?? 0, (pack.cues.get(w) ?? 0) * HAND_CUE),
    strongCue: 0.25,
    head: (w) => Math.max(learnedLexicon.heads[w] ?? 0, handHead(pack, w)),
    common: (w) => common.has(w),
    modifier: (w) => modifiers.has(w),
    personRole: (w) => Math.max(learnedLexicon.personRoles[w] ?? 0, handHead(pack, w), AGE.test(w) ? HAND_HEAD : 0),
    pronoun: (w) => pack.pronouns.get(w) ?? (english ? undefined : ENGLISH_PACK.pronouns.get(w)),
    givenName: (w) => learnedLexicon.givenNames[w],
    written: (w) => pack.writtenCues.has(w) || ENGLISH_PACK.writtenCues.has(w),
  };
}

export function attributionLexicon(language: string): AttributionLexicon {
  const key = language.toLowerCase().split(/[-_]/)[0]! || 'en';
  let lexicon = cache.get(key);
  if (!lexicon) cache.set(key, (lexicon = lexiconFrom(SHIPPED, key)));
  return lexicon;
}
