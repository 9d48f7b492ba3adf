// Figures in running text, with their values: "123,000", "20-nation", "twenty countries",
// "$40 million", "5 millioner", "34.000" (German), "3,5 %" (German decimal comma).

export type NumberKind = 'count' | 'year' | 'percent' | 'money' | 'age' | 'ordinal' | 'date-part' | 'time';

export interface NumberMention {
  value: number;
  kind: NumberKind;
  /** As printed, e.g. "20-nation", "123,000", "twenty". */
  text: string;
  start: number;
  end: number;
  /** The word the figure counts, folded ("nation", "people", "countries"), when there is one. */
  unit: string | null;
}

const WORD_VALUES: Record<string, Record<string, number>> = {
  en: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  },
  de: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100,
  },
  fr: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
  },
  no: {
    to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
    tjue: 20, tretti: 30, førti: 40, femti: 50, hundre: 100,
  },
};

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12,
  tausend: 1e3, million_de: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9,
  mille: 1e3, milliard: 1e9, milliards: 1e9, millioner: 1e6, milliarder: 1e9, mrd: 1e9, mio: 1e6, bn: 1e9, m: 1e6,
};

const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|desember|okt|des)/i;

// Digits with optional thousands separators and decimals, optionally glued to a hyphenated unit.
const DIGITS = /(?<![\p{L}\p{N}])(\d{1,3}(?:(?:,|\.|\u00a0|\u202f| )\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:-(\p{L}+(?:-\p{L}+)*))?/gu;
const WORDS = /(?<![\p{L}\p{N}])(\p{L}+)(?:-(\p{L}+(?:-\p{L}+)*))?(?![\p{L}\p{N}])/gu;

/** A cardinal as one word: figures ("29", "1,200") or number words ("twenty-nine", "dozen"). */
export function isCardinalWord(word: string, language = 'en'): boolean {
  if (/^\d[\d,.]*$/.test(word)) return true;
  const values = WORD_VALUES[language] ?? WORD_VALUES.en!;
  const parts = word.toLowerCase().split(/[-\u2010\u2011]/);
  return parts.every((w) => w in values || w in MULTIPLIERS || w === 'one');
}

function parseDigits(raw: string, language: string): number {
  const commaDecimal = language !== 'en';
  const groups = raw.split(/[,.\u00a0\u202f ]/);
  const separators = raw.match(/[,.\u00a0\u202f ]/g) ?? [];
  if (separators.length === 0) return Number(raw);
  const last = groups[groups.length - 1]!;
  const lastSep = separators[separators.length - 1]!;
  // "123,000" / "34.000" / "123 000": every group after the first has three digits.
  const thousandsOnly = groups.slice(1).every((g) => g.length === 3);
  if (separators.length === 1 && thousandsOnly) {
    const decimalSep = commaDecimal ? ',' : '.';
    if (lastSep === decimalSep && !(commaDecimal && lastSep === ',' && groups[0]!.length <= 3 && false)) {
      // "3.500" in English is a decimal; "3,500" in German is a decimal.
      return Number(`${groups[0]}.${last}`);
    }
    return Number(groups.join(''));
  }
  if (thousandsOnly) return Number(groups.join(''));
  const intPart = groups.slice(0, -1).join('');
  return Number(`${intPart}.${last}`);
}

function followingWord(text: string, end: number): { word: string; end: number } | null {
  const m = /^[\s\u00a0]{0,2}(\p{L}+)/u.exec(text.slice(end, end + 40));
  return m ? { word: m[1]!, end: end + m[0].length } : null;
}

function precedingWord(text: string, start: number): string | null {
  const m = /(\p{L}+)\.?[\s\u00a0]{1,2}$/u.exec(text.slice(Math.max(0, start - 20), start));
  return m ? m[1]! : null;
}

function classify(text: string, start: number, end: number, value: number, raw: string, unitWord: string | null): NumberKind {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 30);
  if (/^\s?:\d\d/.test(after) || /\d:$/.test(before)) return 'time';
  if (/^\s?(%|percent|per cent|prozent|pour cent|prosent)/i.test(after)) return 'percent';
  if (/[$€£¥]\s?$/.test(before) || /^\s?(\p{L}+\s)?(dollars?|euros?|pounds?|usd|eur|kroner|dollar)\b/iu.test(after)) return 'money';
  if (unitWord && /^(year|years)-old$/.test(unitWord)) return 'age';
  if (/^(st|nd|rd|th)\b/.test(after) || (/^\.\s/.test(after) && /\p{L}/u.test(text[end + 2] ?? '') && MONTHS.test(text.slice(end + 2)))) return 'date-part';
  const prev = precedingWord(text, start);
  const next = followingWord(text, end);
  if ((prev && MONTHS.test(prev) && prev.length >= 3) || (next && MONTHS.test(next.word) && next.word.length >= 3)) {
    if (value >= 1 && value <= 31 && !raw.includes(',')) return 'date-part';
  }
  if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) return 'year';
  return 'count';
}

export function findNumbers(text: string, language = 'en'): NumberMention[] {
  const out: NumberMention[] = [];
  const lang = language.slice(0, 2);
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index!;
    const raw = m[1]!;
    let value = parseDigits(raw, lang);
    if (!Number.isFinite(value)) continue;
    let end = start + m[0].length;
    const hyphenUnit = m[2] ?? null;
    let unit = hyphenUnit ? hyphenUnit.toLowerCase() : null;
    if (!hyphenUnit) {
      const next = followingWord(text, start + raw.length);
      const mult = next ? MULTIPLIERS[next.word.toLowerCase()] : undefined;
      if (next && mult && next.word.length > 1) {
        value *= mult;
        end = next.end;
        unit = followingWord(text, end)?.word.toLowerCase() ?? null;
      } else {
        unit = next ? next.word.toLowerCase() : null;
      }
    }
    const kind = classify(text, start, start + raw.length, value, raw, hyphenUnit?.toLowerCase() ?? null);
    out.push({ value, kind, text: text.slice(start, end), start, end, unit });
  }
  const words = WORD_VALUES[lang];
  if (words) {
    for (const m of text.matchAll(WORDS)) {
      const value = words[m[1]!.toLowerCase()];
      if (value === undefined) continue;
      const start = m.index!;
      const end = start + m[0].length;
      const hyphenUnit = m[2]?.toLowerCase() ?? null;
      const unit = hyphenUnit ?? followingWord(text, end)?.word.toLowerCase() ?? null;
      const kind: NumberKind = hyphenUnit && /^(year|years)-old$/.test(hyphenUnit) ? 'age' : 'count';
      out.push({ value, kind, text: m[0], start, end, unit });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
