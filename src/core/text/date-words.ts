// Month, weekday and relative-day words of the languages Parallax reads, for the date parsers.
// Month names never clash across these languages ("mars" is March wherever it is a month), so one
// table serves all; relative-day words do clash ("hier" is "yesterday" in French, "here" in German)
// and are kept per language.

const MONTH_NAMES: string[][] = [
  // en, de, fr, nl, no/da/sv, es, it, pt, pl (nominative and genitive)
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'januari', 'enero', 'gennaio', 'janeiro', 'stycznia', 'styczeń', 'styczen'],
  ['february', 'feb', 'febr', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'februari', 'febrero', 'febbraio', 'fevereiro', 'lutego', 'luty'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'maart', 'marts', 'marzo', 'março', 'marco', 'marca', 'marzec', 'maret'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'aprile', 'kwietnia', 'kwiecień', 'kwiecien'],
  ['may', 'mai', 'mei', 'maj', 'mayo', 'maggio', 'maio', 'maja'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho', 'lipca', 'lipiec'],
  ['august', 'aug', 'août', 'aout', 'augustus', 'augusti', 'agosto', 'sierpnia', 'sierpień', 'sierpien', 'agustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'set', 'września', 'wrzesnia', 'wrzesień'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro', 'out', 'października', 'pazdziernika', 'październik'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'desember', 'des', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'grudzien'],
];

// Short forms that are also everyday words ("set", "out", "des", "mar" in Spanish) count only
// when a day number sits right next to them, which the date patterns require anyway.
export const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTHS.set(n, i + 1)));

/** 0 = Sunday, as Date.getUTCDay. */
const WEEKDAY_NAMES: string[][] = [
  ['sunday', 'sonntag', 'dimanche', 'zondag', 'søndag', 'söndag', 'domingo', 'domenica', 'niedziela', 'niedzielę'],
  ['monday', 'montag', 'lundi', 'maandag', 'mandag', 'måndag', 'lunes', 'lunedì', 'lunedi', 'segunda-feira', 'poniedziałek'],
  ['tuesday', 'dienstag', 'mardi', 'dinsdag', 'tirsdag', 'tisdag', 'martes', 'martedì', 'martedi', 'terça-feira', 'wtorek'],
  ['wednesday', 'mittwoch', 'mercredi', 'woensdag', 'onsdag', 'miércoles', 'miercoles', 'mercoledì', 'mercoledi', 'quarta-feira', 'środa', 'środę'],
  ['thursday', 'donnerstag', 'jeudi', 'donderdag', 'torsdag', 'jueves', 'giovedì', 'giovedi', 'quinta-feira', 'czwartek'],
  ['friday', 'freitag', 'vendredi', 'vrijdag', 'fredag', 'viernes', 'venerdì', 'venerdi', 'sexta-feira', 'piątek'],
  ['saturday', 'samstag', 'sonnabend', 'samedi', 'zaterdag', 'lørdag', 'lördag', 'sábado', 'sabato', 'sobota', 'sobotę'],
];
const WEEKDAY_ABBREVIATIONS: string[][] = [
  ['sun', 'so'], ['mon', 'mo'], ['tue', 'tues', 'di'], ['wed', 'mi'], ['thu', 'thur', 'thurs', 'do'], ['fri', 'fr'], ['sat', 'sa'],
];

export const WEEKDAYS = new Map<string, number>();
WEEKDAY_NAMES.forEach((names, i) => names.forEach((n) => WEEKDAYS.set(n, i)));
/** Full names and abbreviations: only allowed in front of a printed date ("Thu, Sept 9"). */
export const WEEKDAYS_IN_DATES = new Map(WEEKDAYS);
WEEKDAY_ABBREVIATIONS.forEach((names, i) => names.forEach((n) => WEEKDAYS_IN_DATES.set(n, i)));

/** Day offsets from the publication date, per language; ambiguous words left out. */
export const RELATIVE_DAYS: Record<string, Record<string, number>> = {
  en: { today: 0, yesterday: -1, tomorrow: 1 },
  de: { heute: 0, gestern: -1, vorgestern: -2 },
  fr: { "aujourd'hui": 0, hier: -1, demain: 1 },
  nl: { vandaag: 0, gisteren: -1 },
  no: { 'i dag': 0, 'i går': -1, 'i morgen': 1 },
  da: { 'i dag': 0, 'i går': -1, 'i morgen': 1 },
  sv: { 'i dag': 0, idag: 0, 'i går': -1, igår: -1, 'i morgon': 1 },
  es: { hoy: 0, ayer: -1 },
  it: { oggi: 0, ieri: -1, domani: 1 },
  pt: { hoje: 0, ontem: -1, amanhã: 1 },
  pl: { dzisiaj: 0, dziś: 0, wczoraj: -1, jutro: 1 },
};

/** Words before a bare weekday that point forward ("will meet on Thursday"). */
export const FUTURE_CUES =
  /\b(?:will|shall|to be held|is due|are due|is set to|are set to|is expected|are expected|plans? to|scheduled|next|coming|until|wird|werden|soll|sollen|kommenden|nächsten|va|vont|doit|doivent|prochain|skal|vil|neste|kommende|ska|kommer att|nästa|næste|zal|zullen|volgende)\b/iu;
export const PAST_CUES = /\b(?:last|previous|past|vergangenen|letzten|dernier|forrige|sist|förra|sidste|vorige|afgelopen)\b/iu;
export const NEXT_CUES = /\b(?:next|coming|nächsten|kommenden|prochain|neste|kommende|nästa|næste|volgende)\b/iu;

/** Printed time-zone names with a fixed offset; ambiguous ones (ET, IST, CST) are left out. */
export const ZONES: Record<string, string> = {
  utc: 'Z', gmt: 'Z', z: 'Z', bst: '+01:00', cet: '+01:00', mez: '+01:00', cest: '+02:00', mesz: '+02:00',
  eet: '+02:00', eest: '+03:00', edt: '-04:00', est: '-05:00', cdt: '-05:00', mdt: '-06:00', mst: '-07:00',
  pdt: '-07:00', pst: '-08:00', aest: '+10:00', aedt: '+11:00', jst: '+09:00',
};
