// Verbs that report what someone said, for the notes: a sentence naming someone with one of
// these is a statement a reader can check against another version, and a date next to one says
// when something was said, not when it happened. Only the common forms: the notes ask "is this a
// reported statement?", not "who said it?" (attribution has its own lexicon). English forms count
// in every language (wire copy and machine translations keep them).

import { foldForIndex } from '../text/normalize.ts';

const ENGLISH = `said says say told tells added adds stated states declared declares announced announces
  confirmed confirms explained explains wrote writes tweeted tweets noted notes warned warns insisted
  insists argued argues claimed claims stressed stresses replied replies responded responds testified
  acknowledged acknowledges admitted admits reported reports alleged alleges asserted asserts
  urged urges promised promises vowed vows predicted predicts recalled recalls
  estimated estimates indicated indicates`;

const BY_LANGUAGE: Record<string, string> = {
  de: `sagte sagt sagten sagen erklärte erklärt betonte betont schrieb schreibt teilte fügte
    ergänzte meinte meint warnte warnt berichtete berichtet antwortete versicherte kündigte
    bestätigte bestätigt`,
  fr: `dit déclaré déclare ajouté ajoute affirmé affirme expliqué explique indiqué indique
    souligné souligne précisé précise assuré assure annoncé annonce confirmé confirme écrit estimé`,
  no: `sa sier sagt skriver skrev uttalte uttaler forteller fortalte mener mente opplyser opplyste
    bekrefter bekreftet understreker understreket`,
  es: `dijo afirmó aseguró añadió agregó explicó señaló indicó declaró advirtió anunció confirmó
    escribió`,
};

const fold = (list: string) => list.split(/\s+/).filter(Boolean).map((w) => foldForIndex(w).replace(/ /g, ''));
const cache = new Map<string, ReadonlySet<string>>();

/** Folded verbs of saying (as `Token.norm` spells them) for a language, English included. */
export function sayingVerbs(language: string): ReadonlySet<string> {
  const primary = language.toLowerCase().slice(0, 2);
  const key = primary === 'nb' || primary === 'nn' ? 'no' : primary;
  let set = cache.get(key);
  if (!set) cache.set(key, (set = new Set([...fold(ENGLISH), ...fold(BY_LANGUAGE[key] ?? '')])));
  return set;
}
