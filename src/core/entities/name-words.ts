// Word lists that tell names apart from the words around them: honorifics, role and office
// nouns, demonyms, organisation heads, collective sources. Folded like index tokens (lower case,
// no diacritics, no inner punctuation) so that lookups use `Token.norm`.

import { foldForIndex } from '../text/normalize.ts';

const fold = (w: string) => foldForIndex(w).replace(/ /g, '');
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(fold));

export type Gender = 'm' | 'f';

/** Honorifics before a name, with the gender they imply. */
export const HONORIFIC_GENDER = new Map<string, Gender | null>([
  ...[...set('mr mister sir herr monsieur lord senor hr signor')].map((w) => [w, 'm'] as [string, Gender]),
  ...[...set('mrs ms miss dame lady frau madame mme mlle senora fru signora')].map((w) => [w, 'f'] as [string, Gender]),
  ...[...set('dr prof rev hon capt col gen lt sgt maj adm cmdr sen rep gov st')].map((w) => [w, null] as [string, null]),
]);

/** Offices, ranks and roles: they precede or describe a name but are never part of it. */
export const ROLE_WORDS = set(`
  president vice prime minister secretary chancellor premier senator governor mayor judge justice
  king queen prince princess emir sheikh sheik mullah imam ayatollah pope bishop cardinal reverend
  general colonel major captain lieutenant sergeant admiral commander corporal private marshal
  officer inspector detective superintendent constable sheriff deputy chief head director chair
  chairman chairwoman chairperson ceo cfo coo founder cofounder owner executive manager boss coach
  trainer spokesman spokeswoman spokesperson spokespeople leader ambassador envoy diplomat consul
  attorney prosecutor lawyer barrister solicitor counsel advocate professor lecturer dean rector
  doctor nurse surgeon scientist researcher analyst expert economist strategist campaigner activist
  organiser organizer official functionary mp mep lawmaker legislator congressman congresswoman
  councillor councilman councilwoman candidate politician delegate representative member
  photographer reporter journalist correspondent editor columnist writer author poet novelist
  artist singer actor actress musician composer director producer presenter host anchor
  player striker midfielder defender goalkeeper keeper forward batsman bowler captain skipper
  champion athlete runner swimmer cyclist driver pilot boxer wrestler star veteran
  teacher student pupil farmer worker engineer architect businessman businesswoman entrepreneur
  banker trader investor chef priest pastor rabbi monk nun soldier fighter commander militant
  neighbour neighbor resident witness victim survivor defendant suspect relative
  aide adviser advisor negotiator observer critic source insider staffer employee colleague associate
  commissioner rapporteur ombudsman secretarygeneral directorgeneral attorneygeneral governorgeneral
  moderator speaker
  ally rival opponent supporter fan rep commenter user poster blogger viewer reader listener caller
  customer shopper passenger tourist visitor protester demonstrator voter patient physician
  owner tenant landlord employee staffer volunteer organiser organizer attendee participant
  mother father son daughter wife husband brother sister uncle aunt nephew niece cousin widow
  widower grandmother grandfather stepson stepdaughter fiancee fiance partner friend
  foreign defence defense interior finance state federal national regional
  minister ministerin bundesminister bundesaussenminister aussenminister bundeskanzler bundeskanzlerin
  kanzler kanzlerin prasident prasidentin burgermeister burgermeisterin sprecher sprecherin
  vertreter vertreterin politiker politikerin chef chefin leiter leiterin vorsitzende vorsitzender
  experte expertin trainer trainerin abgeordnete abgeordneter botschafter botschafterin
  ministre president presidente porte-parole responsable dirigeant dirigeante directeur directrice
  maire depute deputee senateur secretaire entraineur avocat avocate procureur juge chef general
  utenriksminister statsminister forsvarsminister justisminister finansminister minister leder
  sjef talsperson talsmann talskvinne ordforer statsradet president rektor
  utrikesminister statsminister talesperson
  secretario secretaria ministro ministra presidente presidenta portavoz jefe jefa canciller alcalde
  alcaldesa diputado diputada senador senadora embajador embajadora
`);

/** Suffixes of compound role nouns (German, Scandinavian, English). */
const ROLE_SUFFIX =
  /(?:minister|ministerin|kanzler|kanzlerin|prasident|prasidentin|sprecher|sprecherin|vertreter|vertreterin|meister|meisterin|leiter|leiterin|direktor|direktorin|trainer|trainerin|vorsitzender?|politiker|politikerin|experte|expertin|beauftragter?|botschafter|botschafterin|abgeordneter?|talsperson|talsmann|leder|sjef|spokesman|spokeswoman|spokesperson|chairman|chairwoman)$/;

export function isRoleWord(norm: string): boolean {
  return ROLE_WORDS.has(norm) || (norm.length > 6 && ROLE_SUFFIX.test(norm));
}

/** Role words that qualify an office but never head a description of a person. */
const ROLE_MODIFIERS = set('foreign defence defense interior finance state federal national regional vice prime private major');

/** A noun that can head a description of a person ("the minister", "der SPD-Vertreter"). */
export function isPersonRoleHead(norm: string): boolean {
  return isRoleWord(norm) && !ROLE_MODIFIERS.has(norm);
}

/** Month names: capitalised, but a date rather than a name when a number follows. */
export const MONTHS = set(`january february march april may june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec januar februar marz juni juli
  oktober dezember janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre`);

/** Heads that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = set(`
  ministry department party front group council committee agency office house review news times
  post journal press network union association organisation organization institute university
  bank company corporation corp inc ltd llc plc police court commission government administration
  army forces force navy foundation fund league club team federation alliance movement coalition
  parliament congress senate assembly embassy service services bureau authority board centre center
  school hospital church mosque channel tv radio television broadcasting times herald tribune
  guardian telegraph gazette daily weekly magazine reuters afp dpa ap bbc cnn nbc abc cbs
  ministerium regierung partei amt polizei gericht bundestag zeitung verband gruppe
  ministere gouvernement parti police tribunal journal agence
  departement regjering parti politi avis
  taliban qaeda nato un eu who imf
  research studies sciences science technology technologies affairs relations trust holdings partners
  capital ventures labs laboratory laboratories systems solutions industries motors airlines airways
  railways energy resources pharmaceuticals securities equities insurance management consulting
  communications entertainment studios software electronics chemicals mining
  steel foods brands stores hotels resorts city united rovers athletic council institute academy
`);

const ORG_SUFFIX = /(?:regierung|ministerium|amt|partei|polizei|gericht|verband|gruppe|behorde|kommission|ministere|departement)$/;

/** An organisation head, German compounds included ("Bundesregierung", "Innenministerium"). */
export function isOrgWord(norm: string): boolean {
  return ORG_WORDS.has(norm) || (norm.length > 6 && ORG_SUFFIX.test(norm));
}

/** Plural or mass nouns that make an anonymous collective source ("officials said"). */
export const COLLECTIVE_WORDS = set(`
  officials sources critics residents witnesses analysts experts observers users media diplomats
  lawmakers legislators senators protesters demonstrators campaigners activists neighbours neighbors
  locals people fans supporters opponents prosecutors investigators police authorities workers
  employees staff doctors scientists researchers economists aides advisers advisors insiders members
  leaders ministers organisers organizers survivors relatives families parents students teachers
  voters citizens villagers soldiers troops rebels militants fighters representatives negotiators
  spokespeople officers commentators netizens
  beamte experten kritiker quellen kreise regierungskreise sicherheitskreise zeugen anwohner behorden
  responsables sources experts temoins habitants proches autorites
  kilder eksperter kritikere vitner myndighetene
`);

/** Things that "say" or "read": their author is the speaker ("the tweet read", "the letter says"). */
export const DOCUMENT_WORDS = set(`tweet tweets post posts statement statements letter message messages report reports
  document documents note email video book article inscription caption sign banner poster headline website blog
  release communique records filings papers data figures study survey poll mitteilung erklarung brief bericht`);

/** Nationality and origin adjectives: "German Foreign Minister Maas" is still Maas. */
export const DEMONYMS = set(`
  american british english scottish welsh irish french german italian spanish portuguese dutch
  belgian swiss austrian polish czech slovak hungarian romanian bulgarian greek turkish russian
  ukrainian belarusian swedish norwegian danish finnish icelandic estonian latvian lithuanian
  serbian croatian bosnian albanian chinese japanese korean vietnamese thai indian pakistani
  afghan afghani iranian iraqi syrian lebanese israeli palestinian jordanian saudi emirati qatari
  kuwaiti yemeni omani egyptian libyan tunisian algerian moroccan nigerian kenyan ethiopian somali
  sudanese african european asian arab canadian mexican brazilian argentine argentinian chilean
  colombian venezuelan peruvian cuban australian zealander tajik uzbek turkmen kazakh
  us uk un eu western eastern northern southern
  deutsche deutscher amerikanische amerikanischer americain americaine allemand allemande francais
  francaise britannique amerikansk tysk norsk svensk dansk fransk britisk
`);

/** Capitalised words that open sentences or dates but never start a name. */
export const NON_NAME_WORDS = set(`
  the a an and but or nor so yet for if when while as after before since until though although
  because in on at by from to of with without about against between into through during under over
  this that these those there here his her their its our my your we they he she it i you
  meanwhile however also still then later earlier now today yesterday tomorrow tonight
  monday tuesday wednesday thursday friday saturday sunday
  der die das des dem den ein eine einer eines einem einen und aber oder wenn als nach vor in im
  am auf fur mit von vom zu zur zum bei laut wie auch doch noch er sie es wir ihr
  montag dienstag mittwoch donnerstag freitag samstag sonntag
  le la les l un une des du de et mais ou quand apres avant dans en sur pour avec par selon
  el los las una y pero o cuando tras segun con sin por para del al
  il elle ils elles nous vous on ce cette ces lundi mardi mercredi jeudi vendredi samedi dimanche
  den det de en et og men eller nar etter for i pa med av til han hun vi
  dies dieses diese dieser deshalb daher darum dazu damals nun jetzt zudem ausserdem anschliessend
  spater zuvor gleichzeitig allerdings doch jedoch hier dort so
  even only just perhaps maybe indeed instead thus hence therefore besides finally first second next last
  soon again once twice both either neither each every all some many most several
  asked speaking following according addressing despite amid during
  mandag tirsdag onsdag torsdag fredag lordag sondag
`);

/** Name particles that may sit inside a name in lower case ("Maarten de Zeeuw"). */
export const NAME_PARTICLES = set('de da di del della van von der den le la du bin ibn al el dos das ter ten zu');

/** Synonym groups for role heads: "the Gunners' boss" may describe the club's coach. */
const ROLE_SYNONYMS: string[][] = [
  ['boss', 'coach', 'manager', 'trainer', 'gaffer', 'head', 'chief', 'entraineur', 'trainerin', 'entrenador'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'sprecher', 'sprecherin', 'porte-parole', 'talsperson'],
  ['leader', 'head', 'chief', 'chairman', 'chairwoman', 'chair', 'president', 'dirigeant', 'jefe', 'jefa', 'chef', 'leiter', 'leder', 'sjef'],
  ['minister', 'secretary', 'ministre', 'ministerin', 'ministro', 'ministra', 'secretario', 'secretaria'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'portavoz', 'porte-parole'],
  ['official', 'officer', 'functionary', 'responsable', 'beamte'],
];
const synonymIndex = new Map<string, Set<string>>();
for (const group of ROLE_SYNONYMS) {
  const folded = group.map(fold);
  for (const w of folded) {
    const s = synonymIndex.get(w) ?? new Set<string>();
    for (const x of folded) s.add(x);
    synonymIndex.set(w, s);
  }
}

/** True when two role head words can name the same position. */
export function sameRole(a: string, b: string): boolean {
  if (a === b) return true;
  // German feminine forms: "Außenministerin" is a "Minister".
  if (a.length > 7 && a.endsWith('in') && sameRole(a.slice(0, -2), b)) return true;
  if (b.length > 7 && b.endsWith('in') && sameRole(a, b.slice(0, -2))) return true;
  if (a.endsWith(b) || b.endsWith(a)) return Math.min(a.length, b.length) >= 4;
  return synonymIndex.get(a)?.has(b) ?? false;
}

export { fold as foldWord };
