// Language detection by script, then by stopword profiles. Function words are the most frequent
// words of any text and differ between even close languages (Norwegian "av/etter/mot" against
// Danish "af/efter/mod" and Swedish "och/att/inte"), so counting them beats character n-grams on
// short news texts and needs no data file. Returns 'und' when the evidence is thin or split.

const SAMPLE_CHARS = 5000;
const MIN_HITS = 3;

const STOPWORDS: Record<string, string> = {
  en: 'the and of to in is that for it was on with he as by at from his but have are be this not which they has had were said will their an been who would she her its or we you there after about more when than also into what could',
  de: 'der die das und ist nicht sie er es ein eine einen einem dem den des zu mit von auf für im sich auch als bei wie wird werden wurde hat haben sind war aus nach noch nur aber oder dass wenn um über vor sagte einer kann schon sein seine gegen zum zur ich wir ihre',
  fr: 'le la les de des du et est un une en que qui dans pour pas sur au aux il elle ne se ce cette avec par plus sont ont été mais ou son sa ses leur nous vous ils être comme après selon aussi était l d qu n s c j',
  es: 'el la los las de del y que en un una es por con para no se su sus al lo como más pero fue ha han este esta sobre entre también sin ya son está dijo hasta desde muy cuando porque según les hay',
  it: 'il lo la le gli di del della dei delle e è che un una in per con non si da al alla sono ha anche come più ma questo questa nel nella ad essere stato dopo perché tra loro sua suo degli alle',
  pt: 'o a os as de do da dos das e é que em no na nos nas um uma para com não por se mais mas como foi ao à seu sua ele ela são está também pelo pela entre já disse sobre isso quando após até',
  nl: 'de het een en van is dat die in niet op te met voor zijn er aan ook als bij door om maar naar dan wordt werd worden heeft hebben was ze zij hij wij nog uit over deze kan zou tegen volgens zei',
  no: 'og i det er som på en et til av for med at har ikke de den seg var skal vil kan fra men etter om også sier ble blir mot hun han jeg vi eller hva noen mye bare nå være enn å sine sin hadde hvor dette disse ved inn ut',
  da: 'og i det er som på en et til af for med at har ikke de den sig var skal vil kan fra men efter om også siger blev bliver mod hun han jeg vi eller hvad nogle meget bare nu være end sine sin havde hvor dette disse ved ind ud',
  sv: 'och i det är som på en ett till av för med att har inte de den sig var ska skall vill kan från men efter om också säger blev blir mot hon han jag vi eller vad några mycket bara nu vara än sina sin hade där detta dessa vid',
  pl: 'i w z na się nie do to że jest o od po jak co ale za przez dla jego jej są był była było tak już tym przy oraz może też które który która tego czy gdy ich tylko bardzo również powiedział',
  fi: 'ja on ei se että oli hän mutta kun myös ovat jo tai niin kuin sen ole joka mukaan sanoi tämä vain jos nyt kanssa mitä hänen olivat ovat',
};

const PROFILES: [string, Set<string>][] = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]);

// Scripts that name a language (or a default for a family) on their own.
const SCRIPT_RULES: [RegExp, (sample: string) => string][] = [
  [/[\u3040-\u30ff]/u, () => 'ja'],
  [/[\uac00-\ud7af]/u, () => 'ko'],
  [/\p{Script=Han}/u, () => 'zh'],
  [/\p{Script=Cyrillic}/u, (s) => (/[їєіґ]/iu.test(s) ? 'uk' : 'ru')],
  [/\p{Script=Greek}/u, () => 'el'],
  [/\p{Script=Hebrew}/u, () => 'he'],
  [/\p{Script=Arabic}/u, (s) => (/[پچژگ]/u.test(s) ? 'fa' : 'ar')],
  [/\p{Script=Devanagari}/u, () => 'hi'],
  [/\p{Script=Thai}/u, () => 'th'],
];

/** The dominant non-Latin script when it makes up most letters of the sample, else null. */
function scriptLanguage(sample: string): string | null {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters > 0.5) return null;
  for (const [pattern, pick] of SCRIPT_RULES) if (pattern.test(sample)) return pick(sample);
  return null;
}

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const byScript = scriptLanguage(sample);
  if (byScript) return byScript;
  const words = sample.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const scores = PROFILES.map(([lang, set]) => {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    return { lang, hits };
  }).sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  if (!best || best.hits < MIN_HITS || best.hits < words.length * 0.08) return 'und';
  // Close languages share most function words; the few they don't decide, so a strict lead is
  // enough, but a tie is no answer.
  if (second && best.hits === second.hits) return 'und';
  return best.lang;
}
