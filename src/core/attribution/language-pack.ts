// The closed word classes attribution needs per language, written by hand because grammar fixes
// them: pronouns, function words, honorifics. For languages with no annotated corpus (German,
// French, Norwegian, Spanish) also the verbs of saying, the "according to" words and the nouns
// that head a description of a person; English learns those from PolNeAR (model/lexicon.en.json).
// Words are written as printed and folded by `foldWord`, like `Item.base` (lower case, most diacritics off; "ø" stays).

import { foldWord } from '../text/word-forms.ts';

export type Gender = 'm' | 'f';

export interface PronounInfo {
  gender: Gender | null;
  plural: boolean;
  /** 1st/2nd person: the speaker of the article or its reader, never resolved to a name. */
  person: 1 | 2 | 3;
  /** A subject form ("he", not "him"). */
  subject: boolean;
}

export interface LanguagePack {
  pronouns: Map<string, PronounInfo>;
  /** Determiners, prepositions, conjunctions, auxiliaries, particles: never a source's head. */
  functionWords: Set<string>;
  /** Determiners and possessives that open a description ("the", "a", "his"). */
  determiners: Set<string>;
  /** Determiners that make a description indefinite: an unnamed source ("a", "an", "some"). */
  indefinite: Set<string>;
  /** Honorifics and the gender they imply ("mr" → m). */
  honorifics: Map<string, Gender | null>;
  /** Verbs and nouns of writing: a quotation they introduce is `written`. */
  writtenCues: Set<string>;
  /** Hand-listed cue words and their strength 0..1 (languages with no corpus). */
  cues: Map<string, number>;
  /** Hand-listed heads of descriptions of people and bodies (languages with no corpus). */
  sourceHeads: Set<string>;
  /** Words of relative and subordinate clauses that end a description ("who", "that"). */
  clauseWords: Set<string>;
  /** Relative pronouns that can be the subject of a verb of saying after a comma ("Jane Doe, who said"). */
  relativeSubjects: Set<string>;
  /** Name particles that may stand in lower case inside a name ("de", "van"). */
  nameParticles: Set<string>;
  /** Prepositions that join a role to its domain inside one title ("minister of the interior"). */
  ofWords: Set<string>;
  /** Nouns any organisation may be called by ("the group"). */
  genericBodies: Set<string>;
  /** Possessive determiners: "his counterpart" is someone else than the one "his" refers to. */
  possessives: Set<string>;
  /** The conjunction that joins two subjects ("and"): "Jane Doe and her team wrote" is led by Jane Doe. */
  and: Set<string>;
  /** Words of attribution that are prepositions themselves: their object is the source ("according to X", "selon X"). */
  prepositionalCues: Set<string>;
  /** Prepositions that bring in the agent of a passive ("was said by X"): their object may speak. */
  agentPrepositions: Set<string>;
  /** Prepositions: a name right after one is its object ("met with Doe", "on RTL"), not a subject; conjunctions ("although Doe said") are not among them. */
  prepositions: Set<string>;
  /** Every noun is capitalised (German): a capitalised word after a determiner is a noun, not a name. */
  capitalisedNouns: boolean;
}

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map(foldWord));

function pronouns(rows: [string, Gender | null, boolean, 1 | 2 | 3, boolean][]): Map<string, PronounInfo> {
  return new Map(rows.map(([w, gender, plural, person, subject]) => [foldWord(w), { gender, plural, person, subject }]));
}

const HONORIFICS_ALL: [string, Gender | null][] = [
  ['mr', 'm'], ['mister', 'm'], ['sir', 'm'], ['lord', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dame', 'f'], ['lady', 'f'],
  ['dr', null], ['prof', null], ['rev', null], ['hon', null],
];

const PARTICLES = set('de da di del della van von der den le la du bin ibn al el dos das ter ten zu');

function pack(p: Partial<LanguagePack> & Pick<LanguagePack, 'pronouns' | 'functionWords' | 'determiners' | 'indefinite'>): LanguagePack {
  return {
    honorifics: new Map(HONORIFICS_ALL),
    writtenCues: new Set(),
    cues: new Map(),
    sourceHeads: new Set(),
    clauseWords: new Set(),
    relativeSubjects: new Set(),
    nameParticles: PARTICLES,
    possessives: new Set(),
    ofWords: new Set(),
    prepositions: new Set(),
    prepositionalCues: new Set(),
    and: new Set(),
    agentPrepositions: new Set(),
    genericBodies: new Set(),
    capitalisedNouns: false,
    ...p,
  };
}

const weighted = (strong: string, weak = '') => new Map([...[...set(strong)].map((w) => [w, 1] as const), ...[...set(weak)].map((w) => [w, 0.5] as const)]);

const EN = pack({
  and: set('and'),
  prepositionalCues: set('according per'),
  agentPrepositions: set('by'),
  prepositions: set(`of in on at by for with from to into onto upon about over under after before since during against between through
    among amid without within toward towards across behind beyond near via per like than`),
  pronouns: pronouns([
    ['he', 'm', false, 3, true], ['she', 'f', false, 3, true], ['they', null, true, 3, true], ['it', null, false, 3, true],
    ['him', 'm', false, 3, false], ['her', 'f', false, 3, false], ['them', null, true, 3, false],
    ['i', null, false, 1, true], ['we', null, true, 1, true], ['me', null, false, 1, false], ['us', null, true, 1, false], ['you', null, false, 2, true],
  ]),
  functionWords: set(`the a an this that these those his her its their our my your some any each every no
    of in on at by for with from to into onto upon about over under after before since during against between through
    among amid without within toward towards across behind beyond near than as like via per
    and or but nor so yet if because while whereas although though unless until when where whether which who whom whose what why how
    is are was were be been being am has have had having do does did will would shall should can could may might must
    not also just only even still already very too then there here now again ever never more most less least such own same
    s t ll re ve d m`),
  determiners: set('the a an this that these those his her its their our my your some any each every several many two three four five one'),
  indefinite: set('a an some several many two three four five one another'),
  writtenCues: set('wrote writes written writing tweeted tweets tweet posted posts post statement letter email emailed memo texted text read reads note report filing release op-ed essay blog'),
  clauseWords: set('who whom whose which that where when'),
  relativeSubjects: set('who which'),
  possessives: set('his her its their our my your'),
  genericBodies: set('group organisation organization movement coalition alliance company firm'),
  ofWords: set('of for at'),
});

const DE = pack({
  and: set('und'),
  prepositionalCues: set('laut zufolge gemäß'),
  agentPrepositions: set('von'),
  prepositions: set('an auf aus bei mit nach von vom vor über unter für gegen ohne um durch bis seit während zu zum zur im am in beim ins'),
  pronouns: pronouns([
    ['er', 'm', false, 3, true], ['sie', null, false, 3, true], ['ihm', 'm', false, 3, false], ['ihn', 'm', false, 3, false], ['ihr', 'f', false, 3, false],
    ['ich', null, false, 1, true], ['wir', null, true, 1, true],
  ]),
  functionWords: set(`der die das des dem den ein eine einer eines einem einen und oder aber doch sondern denn weil wenn als wie
    dass ob zu zum zur im in am an auf aus bei mit nach von vom vor uber unter fur gegen ohne um durch bis seit wahrend
    ist sind war waren sei hat haben hatte hatten wird werden wurde wurden kann konnte soll sollte muss musste nicht auch noch schon
    sein seine seiner ihre ihrer dieser diese dieses jener es man sich`),
  determiners: set('der die das des dem den ein eine einer eines einem einen sein seine ihre dieser diese dieses'),
  indefinite: set('ein eine einer eines einem einen'),
  writtenCues: set('schrieb schreibt twitterte teilte mitteilung erklarung brief'),
  cues: weighted(`sagte sagt sagten sagen erklarte erklart betonte betont schrieb schreibt meinte meint warnte warnt
    antwortete fragte versicherte bekraftigte unterstrich erganzte fugte kritisierte forderte berichtete twitterte teilte mahnte
    entgegnete so laut zufolge`, 'nannte nennt bezeichnete bezeichnet'),
  sourceHeads: set(`sprecher sprecherin minister ministerin kanzler kanzlerin prasident prasidentin regierung ministerium behorde
    polizei experte expertin vertreter vertreterin politiker politikerin chef chefin leiter leiterin vorsitzende vorsitzender
    burgermeister burgermeisterin oberburgermeister abgeordnete abgeordneter botschafter botschafterin beamte beamter diplomat diplomatin kreise kreisen quelle quellen zeuge zeugin anwalt anwaltin`),
  clauseWords: set('der die das welcher welche welches dass'),
  possessives: set('sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem'),
  genericBodies: set('gruppe organisation bewegung unternehmen'),
  ofWords: set('der des fur'),
  capitalisedNouns: true,
});

const FR = pack({
  and: set('et'),
  prepositionalCues: set('selon dapres'),
  agentPrepositions: set('par'),
  prepositions: set('à au aux de du des d dans sur sous pour par avec sans chez entre vers contre depuis pendant avant après en'),
  pronouns: pronouns([
    ['il', 'm', false, 3, true], ['elle', 'f', false, 3, true], ['ils', null, true, 3, true], ['elles', 'f', true, 3, true],
    ['lui', 'm', false, 3, false], ['eux', null, true, 3, false], ['je', null, false, 1, true], ['nous', null, true, 1, true], ['on', null, false, 3, true],
  ]),
  functionWords: set(`le la les l un une des du de d et ou mais donc car ni que qu qui quoi dont ou a au aux en dans sur sous pour par avec sans
    chez entre vers contre depuis pendant avant apres selon est sont etait etaient a ont avait avaient sera serait peut doit ne pas plus aussi
    son sa ses leur leurs ce cet cette ces se s y`),
  determiners: set('le la les l un une des du ce cet cette ces son sa ses leur leurs'),
  indefinite: set('un une des'),
  writtenCues: set('ecrit ecrivait tweete publie communique lettre'),
  cues: weighted(`declare dit ajoute affirme estime poursuit explique indique souligne precise assure lance averti avertit martele insiste
    repond confie denonce regrette rappelle ecrit tweete annonce reconnait admis promis observe note commente raconte conclut deplore
    fustige demande temoigne confirme declarait disait selon dapres reagi reagit retorque replique resume ironise plaide lache
    previent prevenu soutient soutenu`, 'qualifie juge'),
  sourceHeads: set(`porte-parole ministre president presidente responsable dirigeant dirigeante directeur directrice maire depute deputee
    senateur gouvernement ministere police expert experte avocat avocate procureur juge diplomate source sources temoin chef`),
  clauseWords: set('qui que dont lequel laquelle'),
  relativeSubjects: set('qui'),
  possessives: set('son sa ses leur leurs'),
  genericBodies: set('groupe organisation mouvement entreprise'),
  ofWords: set('de du des d'),
});

const NO = pack({
  and: set('og'),
  prepositionalCues: set('ifølge'),
  agentPrepositions: set('av'),
  prepositions: set('i på av til fra med ved under over etter foran mellom mot uten hos for om'),
  pronouns: pronouns([
    ['han', 'm', false, 3, true], ['hun', 'f', false, 3, true], ['de', null, true, 3, true], ['ham', 'm', false, 3, false], ['henne', 'f', false, 3, false],
    ['jeg', null, false, 1, true], ['vi', null, true, 1, true],
  ]),
  functionWords: set(`og eller men for at som om i pa av til fra med ved under over etter foran mellom mot uten hos
    er var har hadde blir ble vil skal kan kunne ma matte ikke ogsa bare den det en et ei sin sitt sine hans hennes deres`),
  determiners: set('den det de en et ei sin sitt sine hans hennes deres'),
  indefinite: set('en et ei'),
  writtenCues: set('skriver skrev'),
  cues: weighted(`sa sier sagt uttalte uttaler forteller fortalte mener mente pastar papeker understreker opplyser opplyste advarer advarte
    konstaterer svarer svarte skriver skrev ifølge`),
  sourceHeads: set(`talsperson talsmann talskvinne minister utenriksminister statsminister forsvarsminister regjeringen departementet
    politiet leder sjef ekspert direktør president ordfører kilde kilder`),
  clauseWords: set('som'),
  possessives: set('hans hennes deres sin sitt sine'),
  genericBodies: set('gruppen organisasjonen bevegelsen selskapet'),
  ofWords: set('for i'),
});

const ES = pack({
  and: set('y'),
  prepositionalCues: set('segun'),
  agentPrepositions: set('por'),
  prepositions: set('de del a al en con sin por para sobre entre desde hasta'),
  pronouns: pronouns([['el', 'm', false, 3, true], ['ella', 'f', false, 3, true], ['ellos', null, true, 3, true], ['ellas', 'f', true, 3, true]]),
  functionWords: set(`el la los las un una unos unas y o pero que de del a al en con sin por para sobre entre desde hasta segun
    es son fue era ha han habia no tambien su sus este esta estos estas se`),
  determiners: set('el la los las un una unos unas su sus este esta'),
  indefinite: set('un una unos unas'),
  writtenCues: set('escribio escribe tuiteo'),
  cues: weighted(`dijo afirmo aseguro anadio agrego explico senalo indico declaro advirtio subrayo sostuvo insistio recordo preciso
    destaco comento reconocio admitio respondio pregunto concluyo escribio tuiteo afirma dice asegura explica senala indica declara segun`),
  sourceHeads: set('portavoz ministro ministra presidente presidenta gobierno ministerio policia experto experta fuente fuentes jefe jefa alcalde'),
  clauseWords: set('que quien cual'),
  possessives: set('su sus'),
  genericBodies: set('grupo organizacion movimiento empresa'),
  ofWords: set('de del'),
});

const PACKS: Record<string, LanguagePack> = { en: EN, de: DE, fr: FR, no: NO, nb: NO, nn: NO, da: NO, sv: NO, es: ES };

/** The pack of a language's primary subtag; unknown languages read as English. */
export function languagePack(language: string): LanguagePack {
  return PACKS[language.toLowerCase().split(/[-_]/)[0]!] ?? EN;
}

/** English words still count in every language: wire copy and translations keep English cues. */
export const ENGLISH_PACK = EN;
