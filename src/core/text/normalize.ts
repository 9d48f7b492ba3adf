// Text normal forms. `normalizeForMatch` is the form the external checks use to compare quotes
// (NFKC, lower case, punctuation as spaces, whitespace collapsed); `foldForIndex` also strips
// diacritics so that "Müller" and "Muller" meet in indexes.

const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]+/gu;
const WHITESPACE = /\s+/gu;
const COMBINING_MARK = /\p{M}+/gu;

export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(PUNCTUATION_OR_SYMBOL, ' ')
    .replace(WHITESPACE, ' ')
    .trim();
}

export function foldForIndex(text: string): string {
  return normalizeForMatch(text.normalize('NFKD').replace(COMBINING_MARK, ''));
}

/** Typographic variants that mean the same character, mapped to one form, length-preserving. */
export function unifyTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ');
}
