// A deliberately light stemmer: enough to meet "earned"/"earn" or "Flüge"/"Flug" in bags of
// words, never enough to merge different words. Truncation keeps inflected forms together in
// languages without a rule set.

const EN_SUFFIXES: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/(ss)$/, '$1'],
  [/(ee|oe|ue)s$/, '$1'],
  [/([^aeiou])s$/, '$1'],
  [/eed$/, 'ee'],
  [/([a-z]{3,})(ed|ing)$/, '$1'],
  [/([a-z]{4,})ly$/, '$1'],
];

export function stem(word: string, language: string): string {
  if (word.length <= 3) return word;
  if (language.startsWith('en')) {
    let w = word;
    for (const [pattern, replacement] of EN_SUFFIXES) {
      if (pattern.test(w)) {
        w = w.replace(pattern, replacement);
        break;
      }
    }
    return w.slice(0, 9);
  }
  return word.slice(0, 6);
}
