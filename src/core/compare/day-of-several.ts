// A day told as one of several days of the same happening: "the hearing went into a third day
// on Thursday", "on the fourth day of the talks", "talks resumed on Monday". Two outlets
// that date such a sentence on different days may both be right, each telling another day.

const ORDINALS = String.raw`(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|another|zweiten|dritten|deuxième|troisième|andre|tredje|segundo|tercer)`;
const NTH_DAY = new RegExp(String.raw`\b${ORDINALS}\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:day|session|night|round|tag|jour|journée|dag|día|jornada)\b`, 'iu');
const CONTINUED = /\b(?:continu(?:ed|es|ing)|resum(?:ed|es|ing)|again|wieder|erneut|fortgesetzt|repris|à nouveau|igjen|fortsatte|de nuevo|otra vez)\b/iu;

export function isDayOfSeveral(sentence: string): boolean {
  return NTH_DAY.test(sentence) || CONTINUED.test(sentence);
}
