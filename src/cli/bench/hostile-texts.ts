// Texts a hostile page could send for analysis, each built to the length asked: long words, no
// spaces, endless sentences, nothing but quotation marks. The benchmark times them at the size
// limit; a unit test checks that their cost grows linearly.

export const HOSTILE_TEXTS: Record<string, (n: number) => string> = {
  'one long word': (n) => 'a'.repeat(n),
  'a long word ending in -ing': (n) => `${'b'.repeat(n - 3)}ing`,
  'quotation marks and nothing else': (n) => '"a" '.repeat(n / 4),
  'quotes and cues in one endless sentence': (n) => '"a b" he said, "c d" '.repeat(n / 21),
  'initials and full stops': (n) => 'A. '.repeat(n / 3),
  'one hyphenated token': (n) => `${'a-'.repeat(n / 2)}a`,
  'one token of apostrophes': (n) => `${"a'".repeat(n / 2)}a`,
  'a line break after every letter': (n) => 'A\n'.repeat(n / 2),
  'a run of capitals before quotations in every paragraph (dateline-like)': (n) => `${'ACME '.repeat(n / 10)}, "a b" said ACME\n`.repeat(1) + '\nACME ACME, "a b" said ACME ACME'.repeat(n / 60),
  'prose with no paragraph break': (n) => 'He said "we will go to Ramstein on Tuesday, September 8, 2021". '.repeat(n / 64),
};
