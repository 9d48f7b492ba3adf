// Attribution cues per language: verbs of saying, the weaker verbs that govern only a quoted
// fragment ("called it …"), participles ("adding"), "according to" phrases and pronouns.
// Words are folded (lower case, no diacritics, no inner punctuation) like `Word.base`.

import { foldWord } from '../text/word-forms.ts';
import type { Gender } from '../entities/name-words.ts';

export interface Cue {
  /** `strong`: reports speech ("said"); `weak`: governs only a quoted fragment ("called it"). */
  strength: 'strong' | 'weak';
  /** May stand before its subject right after a quotation ("…," said Blinken). */
  inverts: boolean;
  /** A participle or infinitive whose subject is the clause's subject ("…, adding: …"). */
  participle: boolean;
  /** A word that must follow for the cue to count ("pointed out", "introduced himself"). */
  needsNext?: Set<string>;
  /** Counts only right after a quotation, before its subject ("…," read the tweet; „…“, so Maas). */
  onlyInverted?: boolean;
  /** Also has a common sense that is not speech ("concluded the game"): reports speech only next to a quotation. */
  needsQuote?: boolean;
  /** Governs a quotation only through "as" ("presented the talks as “…”"). */
  needsAs?: boolean;
}

export interface Pronoun {
  gender: Gender | null;
  plural: boolean;
}

export interface CueLexicon {
  cues: Map<string, Cue>;
  /** Multi-word "according to" phrases, folded; `after: true` when the source precedes ("Maas zufolge"). */
  according: { words: string[]; after: boolean }[];
  pronouns: Map<string, Pronoun>;
  /** Auxiliaries and adverbs that may stand between a subject and its verb. */
  between: Set<string>;
  /** French auxiliaries before a past participle ("a déclaré"). */
  auxiliaries: Set<string>;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).map(foldWord);

function add(map: Map<string, Cue>, list: string, cue: Cue, needsNext?: string) {
  for (const w of words(list)) map.set(w, needsNext ? { ...cue, needsNext: new Set(words(needsNext)) } : cue);
}

const STRONG_INVERTING = { strength: 'strong', inverts: true, participle: false } as const;
const STRONG = { strength: 'strong', inverts: false, participle: false } as const;
const WEAK = { strength: 'weak', inverts: false, participle: false } as const;
const PARTICIPLE = { strength: 'strong', inverts: false, participle: true } as const;
const WEAK_PARTICIPLE = { strength: 'weak', inverts: false, participle: true } as const;

function english(map: Map<string, Cue>) {
  add(map, `said says say added adds asked asks wrote writes continued continues explained explains
    noted notes warned warns insisted insists replied replies answered answers responded responds
    recalled recalls remarked remarks observed observes concluded concludes stated states declared
    declares tweeted tweets argued argues complained complains quipped joked agreed agrees assured
    assures cautioned cautions conceded concedes admitted admits acknowledged acknowledges claimed
    claims stressed stresses emphasised emphasized emphasises emphasizes confirmed confirms
    announced announces maintained maintains reiterated repeated shouted yelled cried whispered
    murmured mused boasted countered retorted commented comments elaborated clarified reflected
    recounted wondered wonders posted posts predicted predicts suggested suggests
    enumerated affirmed affirms testified alleged alleges lamented laments demanded demands
    promised promises pledged vowed vows urged urges exclaimed sighed chimed interjected
    underlined underlines indicated indicates specified hammered deplored deplores regretted
    shouts yells cries boasts jokes quips laughs sighs whispers muses reflects counters retorts
    elaborates clarifies recounts testifies exclaims interjects
    confided castigated lamented estimated insisted summarised summarized`, STRONG_INVERTING);
  // Translations of "a lancé": "…", launched the deputy.
  add(map, 'launched', { ...STRONG_INVERTING, onlyInverted: true });
  add(map, 'told tells texted emailed messaged informed reported reports', STRONG);
  add(map, 'read reads', { ...STRONG_INVERTING, onlyInverted: true });
  for (const w of words(`concluded concludes continued continues observed observes posted posts maintained
    maintains agreed agrees cautioned cautions repeated cried answered answers reflected demanded demands
    predicted predicts urged urges promised promises pledged vowed vows announced announces read reads
    shouted yelled whispered sighed laughed indicated indicates specified estimated launched launches
    wies kundigte`)) {
    const cue = map.get(w);
    if (cue) map.set(w, { ...cue, needsQuote: true });
  }
  add(map, 'pointed points', STRONG_INVERTING, 'out');
  add(map, 'put puts', STRONG, 'it');
  add(map, 'went goes', STRONG_INVERTING, 'on');
  add(map, 'introduced introduces', STRONG, 'himself herself');
  add(map, `called calls described describes labelled labeled branded dubbed termed blamed blames
    accused accuses compared compares criticised criticized slammed slams hailed hails praised
    praises condemned condemns denounced denounces decried dismissed dismisses expressed
    characterised characterized likened welcomed welcomes judged`, WEAK);
  // "presented the session as “…”": these speak only through "as".
  add(map, 'presented presents portrayed portrays framed billed touted sees saw views viewed regards regarded', { ...WEAK, needsAs: true });
  add(map, 'begged begs pleaded pleads implored implores appealed', WEAK);
  add(map, 'spoke speaks', WEAK, 'of about');
  add(map, `saying adding telling noting warning insisting arguing stressing explaining writing
    tweeting claiming asking answering replying declaring stating urging promising vowing recalling
    conceding acknowledging emphasising emphasizing`, PARTICIPLE);
  add(map, 'calling describing labelling labeling branding dubbing blaming accusing comparing', WEAK_PARTICIPLE);
}

function german(map: Map<string, Cue>) {
  add(map, `sagte sagt sagten sagen sage erklarte erklart erklarten betonte betont betonten
    unterstrich unterstreicht schrieb schreibt schrieben teilte teilt teilten fugte fugt erganzte
    erganzt meinte meint warnte warnt kritisierte kritisiert forderte fordert berichtete berichtet
    antwortete antwortet fragte fragt versicherte versichert bekraftigte bekraftigt twitterte
    stellte raumte hiess heisst sprach verkundete verkundet mahnte mahnt entgegnete erwiderte
    widersprach wies kundigte`, STRONG_INVERTING);
  add(map, 'warf wirft', WEAK);
  add(map, 'so', { ...STRONG_INVERTING, onlyInverted: true });
  add(map, 'nannte nennt bezeichnete bezeichnet', WEAK);
}

function french(map: Map<string, Cue>) {
  add(map, `declare dit ajoute affirme estime poursuivi poursuit explique indique souligne precise
    assure lance averti avertit martele insiste repond repondu confie juge denonce regrette rappele
    rappelle ecrit tweete annonce reconnu reconnait admis prevenu previent promis observe note
    commente raconte resume ironise conclu conclut deplore fustige demande reagi temoigne confirme
    declarait disait declara ajouta affirma expliqua lanca enumere`, STRONG_INVERTING);
  add(map, 'qualifie traite', WEAK);
  add(map, `declarant ajoutant affirmant estimant soulignant expliquant assurant precisant indiquant
    rappelant`, PARTICIPLE);
  add(map, 'qualifiant denoncant', WEAK_PARTICIPLE);
}

function scandinavian(map: Map<string, Cue>) {
  add(map, `sa sier sagt sagde siger sager sade skriver skrev uttalte uttaler forteller fortalte
    fortaeller mener mente pastar papeker papekte understreker understreket opplyser opplyste
    advarer advarte konstaterer konstaterte tilfoyer tilfoyde svarer svarte`, STRONG_INVERTING);
}

function spanish(map: Map<string, Cue>) {
  add(map, `dijo afirmo aseguro anadio agrego explico senalo indico declaro advirtio subrayo sostuvo
    manifesto insistio recordo apunto preciso destaco comento expreso reconocio admitio respondio
    pregunto concluyo escribio tuiteo afirma dice asegura anade agrega explica senala indica declara
    advierte subraya sostiene insiste recuerda apunta precisa destaca comenta reconoce responde
    concluye escribe`, STRONG_INVERTING);
  add(map, 'califico llamo describio tildo', WEAK);
}

const ACCORDING: Record<string, { words: string[]; after: boolean }[]> = {
  en: [{ words: ['according', 'to'], after: false }],
  de: [{ words: ['laut'], after: false }, { words: ['zufolge'], after: true }],
  fr: [{ words: ['selon'], after: false }, { words: ['dapres'], after: false }],
  no: [{ words: ['ifolge'], after: false }],
  da: [{ words: ['ifolge'], after: false }],
  sv: [{ words: ['enligt'], after: false }],
  es: [{ words: ['segun'], after: false }],
};

const PRONOUNS: Record<string, [string, Gender | null, boolean][]> = {
  // Object forms too, for "according to him", "selon lui".
  en: [['he', 'm', false], ['she', 'f', false], ['they', null, true], ['him', 'm', false], ['them', null, true]],
  de: [['er', 'm', false], ['sie', null, false], ['ihm', 'm', false]],
  fr: [['il', 'm', false], ['elle', 'f', false], ['ils', null, true], ['elles', 'f', true], ['lui', 'm', false], ['eux', null, true]],
  no: [['han', 'm', false], ['hun', 'f', false]],
  da: [['han', 'm', false], ['hun', 'f', false]],
  sv: [['han', 'm', false], ['hon', 'f', false]],
  es: [['el', 'm', false], ['ella', 'f', false]],
};

const BETWEEN: Record<string, string> = {
  en: 'also later then further again previously recently earlier once separately repeatedly simply has had have would will already only even still reportedly today yesterday tonight',
  de: 'auch noch bereits zudem ebenfalls dann damals',
  fr: 'a ont avait avaient aussi encore egalement ensuite deja',
  no: 'ogsa har hadde dessuten',
  da: 'ogsa har havde',
  sv: 'ocksa har hade',
  es: 'tambien ya ha habia',
};

const cache = new Map<string, CueLexicon>();

function family(language: string): string {
  const l = language.toLowerCase().slice(0, 2);
  if (l === 'nb' || l === 'nn') return 'no';
  return l;
}

/** English cues always apply (translations, quoted wire copy); the article's language adds its own. */
export function cueLexicon(language: string): CueLexicon {
  const lang = family(language);
  let lexicon = cache.get(lang);
  if (lexicon) return lexicon;
  const cues = new Map<string, Cue>();
  english(cues);
  if (lang === 'de') german(cues);
  if (lang === 'fr') french(cues);
  if (lang === 'no' || lang === 'da' || lang === 'sv') scandinavian(cues);
  if (lang === 'es') spanish(cues);
  const pronouns = new Map<string, Pronoun>();
  for (const l of new Set(['en', lang])) {
    for (const [w, gender, plural] of PRONOUNS[l] ?? []) pronouns.set(w, { gender, plural });
  }
  const between = new Set(words(`${BETWEEN.en} ${BETWEEN[lang] ?? ''}`));
  const according = [...(ACCORDING.en ?? []), ...(lang !== 'en' ? ACCORDING[lang] ?? [] : [])];
  lexicon = { cues, according, pronouns, between, auxiliaries: new Set(lang === 'fr' ? ['a', 'ont', 'avait', 'avaient'] : []) };
  cache.set(lang, lexicon);
  return lexicon;
}

export function isScandinavian(language: string): boolean {
  const l = family(language);
  return l === 'no' || l === 'da' || l === 'sv';
}
